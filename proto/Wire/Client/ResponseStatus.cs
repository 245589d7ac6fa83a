using System.Globalization;
using System.Net;
using System.Net.Http.Headers;

namespace CchcGrpc.Wire.Client;

/// <summary>Turns what came back (headers, trailers, HTTP status, transport errors) into a gRPC status.</summary>
internal static class ResponseStatus
{
    public static Status? FromHeaders(HttpHeaders headers)
    {
        if (!headers.TryGetValues(GrpcHeaders.Status, out var codes))
        {
            return null;
        }
        var text = codes.FirstOrDefault();
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var code))
        {
            return new Status(StatusCode.Unknown, $"The server sent an invalid grpc-status '{text}'.");
        }
        var message = headers.TryGetValues(GrpcHeaders.Message, out var messages)
            ? PercentEncoding.Decode(messages.FirstOrDefault())
            : "";
        Google.Rpc.Status? rich = null;
        if (headers.TryGetValues(GrpcHeaders.StatusDetails, out var details))
        {
            try
            {
                rich = Google.Rpc.Status.Parser.ParseFrom(Base64Lenient.Decode(details.First()));
            }
            catch (Exception ex) when (ex is FormatException or Google.Protobuf.InvalidProtocolBufferException)
            {
                // Details are an optional enrichment; a broken one must not hide the status itself.
            }
        }
        return new Status((StatusCode)code, message, rich);
    }

    /// <summary>The mapping of HTTP statuses for responses that are not gRPC (grpc/doc/http-grpc-status-mapping.md).</summary>
    public static Status FromHttpStatus(HttpStatusCode http)
    {
        var code = http switch
        {
            HttpStatusCode.BadRequest => StatusCode.Internal,
            HttpStatusCode.Unauthorized => StatusCode.Unauthenticated,
            HttpStatusCode.Forbidden => StatusCode.PermissionDenied,
            HttpStatusCode.NotFound => StatusCode.Unimplemented,
            HttpStatusCode.TooManyRequests or HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout => StatusCode.Unavailable,
            _ => StatusCode.Unknown,
        };
        return new Status(code, $"The server answered HTTP {(int)http} {http} instead of a gRPC response.");
    }

    /// <summary>RST_STREAM and GOAWAY error codes (RFC 9113 §7) as gRPC statuses.</summary>
    public static Status FromHttp2Error(long errorCode, string message) => errorCode switch
    {
        0x7 => new Status(StatusCode.Unavailable, "The server refused the stream: " + message),
        0x8 => new Status(StatusCode.Cancelled, "The server cancelled the stream: " + message),
        0xb => new Status(StatusCode.ResourceExhausted, "The server asked to calm down: " + message),
        0xc => new Status(StatusCode.PermissionDenied, "Inadequate security: " + message),
        _ => new Status(StatusCode.Internal, "HTTP/2 stream error: " + message),
    };

    public static Metadata ToMetadata(HttpHeaders headers)
    {
        var metadata = new Metadata();
        foreach (var (key, values) in headers)
        {
            if (GrpcHeaders.IsReserved(key))
            {
                continue;
            }
            foreach (var value in values)
            {
                try
                {
                    metadata.Add(MetadataEntry.FromWire(key, value));
                }
                catch (Exception ex) when (ex is FormatException or ArgumentException)
                {
                    // A peer's malformed metadata entry is dropped, not fatal to the call.
                }
            }
        }
        return metadata;
    }
}
