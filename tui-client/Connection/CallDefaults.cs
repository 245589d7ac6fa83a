using Grpc.Core;
using Grpc.Core.Interceptors;

namespace CchcGrpc.Client.Connection;

/// <summary>
/// What every call to the server carries: the bearer token, the caller's language (the server
/// answers error messages in it) and a deadline when the caller set none, so that no call can
/// hang on a dead link.
/// </summary>
public sealed class CallDefaults(string? token, string language, TimeSpan defaultTimeout, TimeProvider time) : Interceptor
{
    public override AsyncUnaryCall<TResponse> AsyncUnaryCall<TRequest, TResponse>(
        TRequest request, ClientInterceptorContext<TRequest, TResponse> context, AsyncUnaryCallContinuation<TRequest, TResponse> continuation) =>
        continuation(request, WithDefaults(context));

    public override AsyncClientStreamingCall<TRequest, TResponse> AsyncClientStreamingCall<TRequest, TResponse>(
        ClientInterceptorContext<TRequest, TResponse> context, AsyncClientStreamingCallContinuation<TRequest, TResponse> continuation) =>
        continuation(WithDefaults(context));

    public override AsyncServerStreamingCall<TResponse> AsyncServerStreamingCall<TRequest, TResponse>(
        TRequest request, ClientInterceptorContext<TRequest, TResponse> context, AsyncServerStreamingCallContinuation<TRequest, TResponse> continuation) =>
        continuation(request, WithDefaults(context));

    public override AsyncDuplexStreamingCall<TRequest, TResponse> AsyncDuplexStreamingCall<TRequest, TResponse>(
        ClientInterceptorContext<TRequest, TResponse> context, AsyncDuplexStreamingCallContinuation<TRequest, TResponse> continuation) =>
        continuation(WithDefaults(context));

    private ClientInterceptorContext<TRequest, TResponse> WithDefaults<TRequest, TResponse>(ClientInterceptorContext<TRequest, TResponse> context)
        where TRequest : class
        where TResponse : class
    {
        var headers = new Metadata();
        foreach (var entry in context.Options.Headers ?? [])
        {
            headers.Add(entry);
        }
        if (!string.IsNullOrEmpty(token) && headers.Get("authorization") is null)
        {
            headers.Add("authorization", "Bearer " + token);
        }
        if (headers.Get("accept-language") is null)
        {
            headers.Add("accept-language", language);
        }
        var options = context.Options.WithHeaders(headers);
        if (options.Deadline is null)
        {
            options = options.WithDeadline(time.GetUtcNow().UtcDateTime + defaultTimeout);
        }
        return new ClientInterceptorContext<TRequest, TResponse>(context.Method, context.Host, options);
    }
}
