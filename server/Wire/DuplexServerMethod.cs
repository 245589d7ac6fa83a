using Google.Protobuf;
using Google.Protobuf.Reflection;

namespace CchcGrpc.Server.Wire;

internal sealed class DuplexServerMethod<TRequest, TResponse>(MethodDescriptor descriptor, Func<IAsyncEnumerable<TRequest>, IServerStreamWriter<TResponse>, ServerCallContext, Task> handler)
    : ServerMethod(descriptor)
    where TRequest : class, IMessage<TRequest>
    where TResponse : class, IMessage<TResponse>
{
    private readonly MessageParser<TRequest> _parser = ParserOf<TRequest>(descriptor);

    public static Type HandlerType => typeof(Func<IAsyncEnumerable<TRequest>, IServerStreamWriter<TResponse>, ServerCallContext, Task>);

    public override Task HandleAsync(GrpcCall call) =>
        handler(call.ReadRequestsAsync(_parser), new ResponseStreamWriter<TResponse>(call), call);
}
