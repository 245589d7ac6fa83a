namespace CchcGrpc.Wire.Client;

/// <summary>The request headers gRPC requires, plus the caller's metadata.</summary>
internal static class CallHeaders
{
    public static void Apply(HttpRequestMessage request, CallOptions options, string userAgent)
    {
        var headers = request.Headers;
        headers.TryAddWithoutValidation(GrpcHeaders.Te, "trailers");
        headers.TryAddWithoutValidation(GrpcHeaders.UserAgent, userAgent);
        headers.TryAddWithoutValidation(GrpcHeaders.AcceptEncoding, GrpcHeaders.SupportedEncodings);
        if (options.Compression is { } compression)
        {
            if (!MessageCompression.IsSupported(compression))
            {
                throw new ArgumentException($"Compression '{compression}' is not supported; use gzip.");
            }
            headers.TryAddWithoutValidation(GrpcHeaders.Encoding, compression);
        }
        if (options.Deadline is { } deadline)
        {
            headers.TryAddWithoutValidation(GrpcHeaders.Timeout, GrpcTimeout.Format(deadline.ToUniversalTime() - DateTime.UtcNow));
        }
        if (options.Headers is { } metadata)
        {
            foreach (var entry in metadata)
            {
                headers.TryAddWithoutValidation(entry.Key, entry.ToWireValue());
            }
        }
        request.Content!.Headers.TryAddWithoutValidation("content-type", GrpcHeaders.ContentType);
    }
}
