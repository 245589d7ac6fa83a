using Grpc.Core;
using Grpc.Core.Interceptors;

namespace CchcGrpc.Client.Tui.Offline;

/// <summary>
/// Reports every unary call's outcome to a <see cref="ConnectionStatus"/>: an answer (even an error such
/// as INVALID_ARGUMENT) means the link works; UNAVAILABLE, a deadline or a lost connection means it does not.
/// Use it around a session's invoker: <c>session.Invoker.Intercept(new LinkWatch(status))</c>.
/// </summary>
public sealed class LinkWatch(ConnectionStatus status) : Interceptor
{
    /// <inheritdoc />
    public override AsyncUnaryCall<TResponse> AsyncUnaryCall<TRequest, TResponse>(
        TRequest request, ClientInterceptorContext<TRequest, TResponse> context, AsyncUnaryCallContinuation<TRequest, TResponse> continuation)
    {
        AsyncUnaryCall<TResponse> call = continuation(request, context);
        return new AsyncUnaryCall<TResponse>(Watch(call.ResponseAsync), call.ResponseHeadersAsync, call.GetStatus, call.GetTrailers, call.Dispose);
    }

    async Task<TResponse> Watch<TResponse>(Task<TResponse> response)
    {
        try
        {
            TResponse result = await response.ConfigureAwait(false);
            status.Succeeded();
            return result;
        }
        catch (RpcException error) when (ConnectionStatus.IsLinkFailure(error))
        {
            status.LinkFailed();
            throw;
        }
        catch (RpcException error) when (error.StatusCode != StatusCode.Cancelled)
        {
            status.Succeeded();
            throw;
        }
    }
}
