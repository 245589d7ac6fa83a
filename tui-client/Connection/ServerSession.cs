using CchcGrpc.Wire;
using CchcGrpc.Wire.Client;

namespace CchcGrpc.Client.Connection;

/// <summary>One channel to the server and the caller's bearer token, sent with every call.</summary>
public sealed class ServerSession(string server, string? token) : IDisposable
{
    private static readonly TimeSpan UnaryTimeout = TimeSpan.FromSeconds(30);
    private readonly Lazy<GrpcChannel> _channel = new(() => GrpcChannel.ForAddress(server));

    public string Server { get; } = server;

    public GrpcChannel Channel => _channel.Value;

    public CallOptions Options(CancellationToken cancellationToken, TimeSpan? timeout = null, bool idempotent = true)
    {
        var headers = new Metadata();
        if (!string.IsNullOrEmpty(token))
            headers.Add("authorization", "Bearer " + token);
        return new CallOptions(headers, DateTime.UtcNow + (timeout ?? UnaryTimeout), cancellationToken, Idempotent: idempotent);
    }

    public async Task<TResponse> CallAsync<TRequest, TResponse>(Method<TRequest, TResponse> method, TRequest request, CancellationToken cancellationToken)
        where TRequest : class, Google.Protobuf.IMessage<TRequest>
        where TResponse : class, Google.Protobuf.IMessage<TResponse>
    {
        using var call = Channel.UnaryCall(method, request, Options(cancellationToken));
        return await call.ResponseAsync.ConfigureAwait(false);
    }

    public void Dispose()
    {
        if (_channel.IsValueCreated)
            _channel.Value.Dispose();
    }
}
