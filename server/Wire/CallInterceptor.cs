using Grpc.Core;
using Grpc.Core.Interceptors;

namespace CchcGrpc.Server.Wire;

/// <summary>
/// An interceptor that wraps every kind of call (unary, client, server and bidi streaming) in one
/// method, so cross-cutting work is written once. The request of a unary call is already read when
/// <see cref="AroundAsync"/> runs, but no service code has looked at it yet.
/// </summary>
public abstract class CallInterceptor : Interceptor
{
    /// <summary>Runs <paramref name="call"/> (the rest of the pipeline and the service method) and returns its result.</summary>
    protected abstract Task<T> AroundAsync<T>(ServerCallContext context, Func<Task<T>> call);

    public override Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation) =>
        AroundAsync(context, () => continuation(request, context));

    public override Task<TResponse> ClientStreamingServerHandler<TRequest, TResponse>(
        IAsyncStreamReader<TRequest> requestStream, ServerCallContext context, ClientStreamingServerMethod<TRequest, TResponse> continuation) =>
        AroundAsync(context, () => continuation(requestStream, context));

    public override Task ServerStreamingServerHandler<TRequest, TResponse>(
        TRequest request, IServerStreamWriter<TResponse> responseStream, ServerCallContext context, ServerStreamingServerMethod<TRequest, TResponse> continuation) =>
        AroundAsync(context, async () =>
        {
            await continuation(request, responseStream, context).ConfigureAwait(false);
            return true;
        });

    public override Task DuplexStreamingServerHandler<TRequest, TResponse>(
        IAsyncStreamReader<TRequest> requestStream, IServerStreamWriter<TResponse> responseStream, ServerCallContext context, DuplexStreamingServerMethod<TRequest, TResponse> continuation) =>
        AroundAsync(context, async () =>
        {
            await continuation(requestStream, responseStream, context).ConfigureAwait(false);
            return true;
        });
}
