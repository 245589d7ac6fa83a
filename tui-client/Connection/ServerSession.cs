using Cchc.V1;
using Grpc.Core;
using Grpc.Core.Interceptors;
using Grpc.Net.Client;

namespace CchcGrpc.Client.Connection;

/// <summary>
/// One channel to the server (one HTTP/2 connection, kept alive with pings) and the typed cchc.v1
/// clients over it; every call carries the token, the language and a deadline (<see cref="CallDefaults"/>),
/// and idempotent reads are retried by the channel (<see cref="RetryPolicies"/>).
/// </summary>
public sealed class ServerSession : IDisposable
{
    /// <summary>How long a unary call may take when the caller says nothing.</summary>
    public static readonly TimeSpan UnaryTimeout = TimeSpan.FromSeconds(30);

    private readonly GrpcChannel _channel;

    /// <param name="server">The server's address.</param>
    /// <param name="token">Bearer token, or null.</param>
    /// <param name="english">Messages in English rather than Vietnamese.</param>
    /// <param name="time">Clock for deadlines.</param>
    /// <param name="wrapConnection">Wraps each TCP connection's stream (the bench counts the bytes on the wire with it).</param>
    /// <param name="observer">Sees every call's final outcome, after the channel's retries (the terminal UI's link state).</param>
    public ServerSession(string server, string? token, bool english = false, TimeProvider? time = null, Func<Stream, Stream>? wrapConnection = null, Interceptor? observer = null)
    {
        Server = server;
        _channel = GrpcChannel.ForAddress(server, new GrpcChannelOptions
        {
            HttpHandler = new SocketsHttpHandler
            {
                ConnectCallback = wrapConnection is null ? null : async (context, cancellationToken) =>
                {
                    var socket = new System.Net.Sockets.Socket(System.Net.Sockets.SocketType.Stream, System.Net.Sockets.ProtocolType.Tcp) { NoDelay = true };
                    try
                    {
                        await socket.ConnectAsync(context.DnsEndPoint, cancellationToken).ConfigureAwait(false);
                        return wrapConnection(new System.Net.Sockets.NetworkStream(socket, ownsSocket: true));
                    }
                    catch
                    {
                        socket.Dispose();
                        throw;
                    }
                },
                // Slow links: notice a dead connection within a minute instead of at the deadline.
                KeepAlivePingDelay = TimeSpan.FromSeconds(30),
                KeepAlivePingTimeout = TimeSpan.FromSeconds(20),
                KeepAlivePingPolicy = HttpKeepAlivePingPolicy.WithActiveRequests,
                PooledConnectionIdleTimeout = Timeout.InfiniteTimeSpan,
                ConnectTimeout = TimeSpan.FromSeconds(15),
                EnableMultipleHttp2Connections = true,
            },
            ServiceConfig = RetryPolicies.ServiceConfig(),
            MaxReceiveMessageSize = 64 * 1024 * 1024,
        });
        var invoker = _channel.Intercept(new CallDefaults(token, english ? "en" : "vi", UnaryTimeout, time ?? TimeProvider.System));
        Invoker = observer is null ? invoker : invoker.Intercept(observer);
    }

    public string Server { get; }

    /// <summary>Calls through the defaults; for typed clients of other services (tests, the terminal UI).</summary>
    public CallInvoker Invoker { get; }

    public Auth.AuthClient Auth => new(Invoker);

    public Units.UnitsClient Units => new(Invoker);

    public Catalog.CatalogClient Catalog => new(Invoker);

    public Reports.ReportsClient Reports => new(Invoker);

    public Analytics.AnalyticsClient Analytics => new(Invoker);

    public Imports.ImportsClient Imports => new(Invoker);

    public void Dispose() => _channel.Dispose();
}
