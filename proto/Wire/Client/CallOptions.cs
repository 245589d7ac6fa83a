namespace CchcGrpc.Wire.Client;

/// <summary>Per-call settings.</summary>
/// <param name="Headers">Request metadata.</param>
/// <param name="Deadline">When the call must be over (UTC); sent as grpc-timeout and enforced locally.</param>
/// <param name="CancellationToken">Cancels the call (RST_STREAM CANCEL).</param>
/// <param name="Compression">"gzip" to compress request messages.</param>
/// <param name="Idempotent">The call may be retried when the server was unreachable.</param>
public readonly record struct CallOptions(
    Metadata? Headers = null,
    DateTime? Deadline = null,
    CancellationToken CancellationToken = default,
    string? Compression = null,
    bool Idempotent = false)
{
    /// <summary>A deadline this far from now.</summary>
    public CallOptions WithTimeout(TimeSpan timeout) => this with { Deadline = DateTime.UtcNow + timeout };
}
