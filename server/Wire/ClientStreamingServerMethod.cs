using Google.Protobuf;
using Google.Protobuf.Reflection;

namespace CchcGrpc.Server.Wire;

internal sealed class ClientStreamingServerMethod<TRequest, TResponse>(MethodDescriptor descriptor, Func<IAsyncEnumerable<TRequest>, ServerCallContext, Task<TResponse>> handler)
    : ServerMethod(descriptor)
    where TRequest : class, IMessage<TRequest>
    where TResponse : class, IMessage<TResponse>
{
    private readonly MessageParser<TRequest> _parser = ParserOf<TRequest>(descriptor);

    public static Type HandlerType => typeof(Func<IAsyncEnumerable<TRequest>, ServerCallContext, Task<TResponse>>);

    public override async Task HandleAsync(GrpcCall call)
    {
        var response = await handler(call.ReadRequestsAsync(_parser), call).ConfigureAwait(false);
        await call.WriteResponseAsync(response, flush: false).ConfigureAwait(false);
    }
}
