namespace CchcGrpc.Server.Wire;

/// <summary>Limits and switches of the gRPC endpoint.</summary>
public sealed class GrpcServerOptions
{
    /// <summary>Largest request message accepted, after decompression; larger is RESOURCE_EXHAUSTED.</summary>
    public int MaxReceiveMessageSize { get; set; } = 4 * 1024 * 1024;

    /// <summary>Largest response message sent; larger is RESOURCE_EXHAUSTED.</summary>
    public int MaxSendMessageSize { get; set; } = 4 * 1024 * 1024;
}
