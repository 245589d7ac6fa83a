using System.Net;

namespace CchcGrpc.Tests.Wire;

/// <summary>
/// Plain HTTP/2 requests with hand-made bodies, for what a well-behaved client never sends:
/// wrong content types, split frames, bogus flags and encodings.
/// </summary>
public static class RawHttp2
{
    public sealed record Reply(HttpStatusCode Status, Dictionary<string, string> Headers, byte[] Body, Dictionary<string, string> Trailers)
    {
        public string? GrpcStatus => Trailers.GetValueOrDefault("grpc-status") ?? Headers.GetValueOrDefault("grpc-status");

        public string? GrpcMessage => Trailers.GetValueOrDefault("grpc-message") ?? Headers.GetValueOrDefault("grpc-message");
    }

    public static byte[] Frame(byte[] payload, bool compressed = false)
    {
        var frame = new byte[payload.Length + 5];
        frame[0] = compressed ? (byte)1 : (byte)0;
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(frame.AsSpan(1), (uint)payload.Length);
        payload.CopyTo(frame, 5);
        return frame;
    }

    public static async Task<Reply> PostAsync(Uri server, string path, IEnumerable<byte[]> chunks, string contentType = "application/grpc", params (string Key, string Value)[] headers)
    {
        using var client = new HttpClient(new SocketsHttpHandler());
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(server, path))
        {
            Content = new ChunkedContent(chunks),
            Version = HttpVersion.Version20,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
        };
        request.Content.Headers.TryAddWithoutValidation("content-type", contentType);
        request.Headers.TryAddWithoutValidation("te", "trailers");
        foreach (var (key, value) in headers)
        {
            request.Headers.TryAddWithoutValidation(key, value);
        }
        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsByteArrayAsync();
        return new Reply(
            response.StatusCode,
            response.Headers.Concat(response.Content.Headers).ToDictionary(h => h.Key, h => string.Join(",", h.Value)),
            body,
            response.TrailingHeaders.ToDictionary(h => h.Key, h => string.Join(",", h.Value)));
    }

    /// <summary>Writes each chunk separately and flushes, so each becomes its own DATA frame.</summary>
    private sealed class ChunkedContent(IEnumerable<byte[]> chunks) : HttpContent
    {
        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            foreach (var chunk in chunks)
            {
                await stream.WriteAsync(chunk);
                await stream.FlushAsync();
            }
        }

        protected override bool TryComputeLength(out long length)
        {
            length = -1;
            return false;
        }
    }
}
