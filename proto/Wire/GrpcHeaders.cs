namespace CchcGrpc.Wire;

/// <summary>Header and trailer names of the gRPC-over-HTTP/2 protocol (grpc/doc/PROTOCOL-HTTP2.md).</summary>
public static class GrpcHeaders
{
    public const string ContentType = "application/grpc";
    public const string Status = "grpc-status";
    public const string Message = "grpc-message";
    public const string StatusDetails = "grpc-status-details-bin";
    public const string Timeout = "grpc-timeout";
    public const string Encoding = "grpc-encoding";
    public const string AcceptEncoding = "grpc-accept-encoding";
    public const string Te = "te";
    public const string UserAgent = "user-agent";

    /// <summary>Encodings this implementation can decode, as advertised in grpc-accept-encoding.</summary>
    public const string SupportedEncodings = "identity,gzip";

    /// <summary>True for content types gRPC accepts: application/grpc and application/grpc+proto (or any +suffix, or ;params).</summary>
    public static bool IsGrpcContentType(string? contentType)
    {
        if (contentType is null || !contentType.StartsWith(ContentType, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        if (contentType.Length == ContentType.Length)
        {
            return true;
        }
        var next = contentType[ContentType.Length];
        return next is '+' or ';';
    }

    /// <summary>True for headers the transport owns, which must not be surfaced as user metadata.</summary>
    public static bool IsReserved(string key) =>
        key.StartsWith(':') ||
        key is "content-type" or "te" or "host" or "user-agent" or "content-length" or "accept-encoding"
            or Status or Message or StatusDetails or Timeout or Encoding or AcceptEncoding;
}
