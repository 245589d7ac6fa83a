namespace CchcGrpc.Wire.Client;

/// <summary>How a <see cref="GrpcChannel"/> connects and what it accepts.</summary>
public sealed class GrpcChannelOptions
{
    /// <summary>Largest response message accepted, after decompression (default 4 MiB).</summary>
    public int MaxReceiveMessageSize { get; set; } = 4 * 1024 * 1024;

    /// <summary>Largest request message sent (default unlimited, as in other gRPC clients).</summary>
    public int MaxSendMessageSize { get; set; } = int.MaxValue;

    /// <summary>Interval of HTTP/2 PING frames that keep the connection alive through NATs and detect dead links.</summary>
    public TimeSpan KeepAlivePingDelay { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan KeepAlivePingTimeout { get; set; } = TimeSpan.FromSeconds(20);

    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Attempts for calls marked idempotent that fail with UNAVAILABLE before any response (default 3).</summary>
    public int MaxAttempts { get; set; } = 3;

    /// <summary>Accept any server certificate (self-signed test servers only).</summary>
    public bool AcceptAnyServerCertificate { get; set; }

    /// <summary>Sent as user-agent.</summary>
    public string UserAgent { get; set; } = "grpc-cchc-dotnet/1.0";

    /// <summary>Replaces the HTTP handler (tests); the channel then owns and disposes it.</summary>
    public HttpMessageHandler? Handler { get; set; }
}
