using Google.Protobuf;

namespace CchcGrpc.Server.Wire;

internal sealed class ResponseStreamWriter<T>(GrpcCall call) : IServerStreamWriter<T>
    where T : class, IMessage<T>
{
    public Task WriteAsync(T message, CancellationToken cancellationToken = default) =>
        call.WriteResponseAsync(message, flush: true);
}
