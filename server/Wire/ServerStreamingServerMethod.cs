using Google.Protobuf;
using Google.Protobuf.Reflection;

namespace CchcGrpc.Server.Wire;

internal sealed class ServerStreamingServerMethod<TRequest, TResponse>(MethodDescriptor descriptor, Func<TRequest, IServerStreamWriter<TResponse>, ServerCallContext, Task> handler)
    : ServerMethod(descriptor)
    where TRequest : class, IMessage<TRequest>
    where TResponse : class, IMessage<TResponse>
{
    private readonly MessageParser<TRequest> _parser = ParserOf<TRequest>(descriptor);

    public static Type HandlerType => typeof(Func<TRequest, IServerStreamWriter<TResponse>, ServerCallContext, Task>);

    public override async Task HandleAsync(GrpcCall call)
    {
        var request = await call.ReadSingleRequestAsync(_parser).ConfigureAwait(false);
        await handler(request, new ResponseStreamWriter<TResponse>(call), call).ConfigureAwait(false);
    }
}
