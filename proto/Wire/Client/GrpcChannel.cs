using System.Net.Security;
using Google.Protobuf;

namespace CchcGrpc.Wire.Client;

/// <summary>
/// A connection to one gRPC server. Every call is a stream on one HTTP/2 connection (h2c with prior
/// knowledge for http://, TLS with ALPN for https://), kept alive with PING frames. Thread-safe;
/// create one per server and share it.
/// </summary>
public sealed class GrpcChannel : IDisposable
{
    private GrpcChannel(Uri address, GrpcChannelOptions options, HttpMessageInvoker invoker)
    {
        Address = address;
        Options = options;
        Invoker = invoker;
    }

    public Uri Address { get; }

    public GrpcChannelOptions Options { get; }

    internal HttpMessageInvoker Invoker { get; }

    public static GrpcChannel ForAddress(string address, GrpcChannelOptions? options = null) =>
        ForAddress(new Uri(address.Contains("://", StringComparison.Ordinal) ? address : "http://" + address), options);

    public static GrpcChannel ForAddress(Uri address, GrpcChannelOptions? options = null)
    {
        if (address.Scheme is not ("http" or "https"))
        {
            throw new ArgumentException($"A gRPC address is http://host:port or https://host:port; got '{address}'.", nameof(address));
        }
        options ??= new GrpcChannelOptions();
        var handler = options.Handler ?? CreateHandler(options);
        return new GrpcChannel(address, options, new HttpMessageInvoker(handler, disposeHandler: true));
    }

    /// <summary>The HTTP/2 handler a channel uses by default; wrap it (e.g. in a DelegatingHandler) and pass it as <see cref="GrpcChannelOptions.Handler"/>.</summary>
    public static SocketsHttpHandler CreateHandler(GrpcChannelOptions options) =>
        new SocketsHttpHandler
        {
            // One connection, multiplexed: calls queue for a stream rather than open more sockets.
            EnableMultipleHttp2Connections = false,
            KeepAlivePingDelay = options.KeepAlivePingDelay,
            KeepAlivePingTimeout = options.KeepAlivePingTimeout,
            KeepAlivePingPolicy = HttpKeepAlivePingPolicy.Always,
            PooledConnectionIdleTimeout = Timeout.InfiniteTimeSpan,
            ConnectTimeout = options.ConnectTimeout,
            AutomaticDecompression = System.Net.DecompressionMethods.None,
            UseCookies = false,
            UseProxy = false,
            SslOptions = new SslClientAuthenticationOptions
            {
                ApplicationProtocols = [SslApplicationProtocol.Http2],
                RemoteCertificateValidationCallback = options.AcceptAnyServerCertificate ? (_, _, _, _) => true : null,
            },
        };

    public AsyncUnaryCall<TResponse> UnaryCall<TRequest, TResponse>(Method<TRequest, TResponse> method, TRequest request, CallOptions options = default)
        where TRequest : class, IMessage<TRequest>
        where TResponse : class, IMessage<TResponse>
    {
        var attempt = new UnaryAttempts<TRequest, TResponse>(this, method, request, options);
        return new AsyncUnaryCall<TResponse>(attempt.RunAsync(), attempt.ResponseHeadersAsync, attempt.GetStatus, attempt.GetTrailers, attempt.Dispose);
    }

    public AsyncServerStreamingCall<TResponse> ServerStreamingCall<TRequest, TResponse>(Method<TRequest, TResponse> method, TRequest request, CallOptions options = default)
        where TRequest : class, IMessage<TRequest>
        where TResponse : class, IMessage<TResponse>
    {
        var call = new ClientCall<TRequest, TResponse>(this, method, options);
        call.Start(request);
        return new AsyncServerStreamingCall<TResponse>(call, call.ResponseHeadersAsync, call.GetStatus, call.GetTrailers, call);
    }

    public AsyncClientStreamingCall<TRequest, TResponse> ClientStreamingCall<TRequest, TResponse>(Method<TRequest, TResponse> method, CallOptions options = default)
        where TRequest : class, IMessage<TRequest>
        where TResponse : class, IMessage<TResponse>
    {
        var call = new ClientCall<TRequest, TResponse>(this, method, options);
        call.Start(null);
        return new AsyncClientStreamingCall<TRequest, TResponse>(call, call.ReadSingleAsync(), call.ResponseHeadersAsync, call.GetStatus, call.GetTrailers, call);
    }

    public AsyncDuplexStreamingCall<TRequest, TResponse> DuplexStreamingCall<TRequest, TResponse>(Method<TRequest, TResponse> method, CallOptions options = default)
        where TRequest : class, IMessage<TRequest>
        where TResponse : class, IMessage<TResponse>
    {
        var call = new ClientCall<TRequest, TResponse>(this, method, options);
        call.Start(null);
        return new AsyncDuplexStreamingCall<TRequest, TResponse>(call, call, call.ResponseHeadersAsync, call.GetStatus, call.GetTrailers, call);
    }

    public void Dispose() => Invoker.Dispose();
}
