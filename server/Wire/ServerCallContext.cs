using CchcGrpc.Wire;

namespace CchcGrpc.Server.Wire;

/// <summary>What a handler knows about its call, and what it may set on the response.</summary>
public abstract class ServerCallContext
{
    /// <summary>The full method path, e.g. "/grpc.health.v1.Health/Check".</summary>
    public abstract string Method { get; }

    /// <summary>The caller's address, e.g. "ipv4:127.0.0.1:50000".</summary>
    public abstract string Peer { get; }

    /// <summary>Request metadata, without the transport's own headers.</summary>
    public abstract Metadata RequestHeaders { get; }

    /// <summary>Trailers to send with the status; handlers add to it.</summary>
    public abstract Metadata ResponseTrailers { get; }

    /// <summary>When the call's deadline (grpc-timeout) passes, or null when it has none.</summary>
    public abstract DateTimeOffset? Deadline { get; }

    /// <summary>Cancelled when the client goes away, the deadline passes, or the server stops.</summary>
    public abstract CancellationToken CancellationToken { get; }

    /// <summary>Services of the host, for handlers that resolve per-call dependencies.</summary>
    public abstract IServiceProvider Services { get; }

    /// <summary>
    /// Compress response messages with this grpc-encoding (only "gzip"), when the client accepts it.
    /// Must be set before the first response message or headers are sent.
    /// </summary>
    public abstract string? ResponseCompression { get; set; }

    /// <summary>
    /// With <see cref="ResponseCompression"/> set, whether the next response messages are compressed
    /// (the per-message flag); true by default. Lets a handler send some messages uncompressed.
    /// </summary>
    public abstract bool CompressResponses { get; set; }

    /// <summary>Whether the most recently received request message had the compressed flag set.</summary>
    public abstract bool LastRequestCompressed { get; }

    /// <summary>Sends response headers now, with the given metadata. At most once, before the first message.</summary>
    public abstract Task WriteResponseHeadersAsync(Metadata headers);

    /// <summary>A per-call bag for middleware-style code (authentication puts the caller here); made on first use.</summary>
    public IDictionary<string, object?> Items => _items ??= new Dictionary<string, object?>();

    private Dictionary<string, object?>? _items;
}
