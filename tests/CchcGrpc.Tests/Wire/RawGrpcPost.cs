using System.Buffers.Binary;
using System.Net;
using System.Net.Http.Headers;

namespace CchcGrpc.Tests.Wire;

/// <summary>
/// One gRPC call as plain HTTP/2 (h2c), for what the gRPC libraries hide from their callers: the
/// grpc-encoding header and the compressed flag of each response message.
/// </summary>
public static class RawGrpcPost
{
    public sealed record Reply(HttpStatusCode Status, HttpResponseHeaders Headers, HttpResponseHeaders Trailers, byte[] Body)
    {
        /// <summary>The first message's compressed flag and length, from its 5-byte prefix.</summary>
        public (bool Compressed, int Length) FirstMessage => (Body[0] == 1, BinaryPrimitives.ReadInt32BigEndian(Body.AsSpan(1, 4)));
    }

    public static async Task<Reply> SendAsync(Uri server, string path, byte[] message, params (string Name, string Value)[] headers)
    {
        using var client = new HttpClient(new SocketsHttpHandler());
        var framed = new byte[5 + message.Length];
        BinaryPrimitives.WriteInt32BigEndian(framed.AsSpan(1, 4), message.Length);
        message.CopyTo(framed, 5);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(server, path))
        {
            // h2c with prior knowledge, as gRPC clients speak to a plaintext endpoint.
            Version = HttpVersion.Version20,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
            Content = new ByteArrayContent(framed),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/grpc");
        request.Headers.TryAddWithoutValidation("te", "trailers");
        foreach (var (name, value) in headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }
        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsByteArrayAsync();
        return new Reply(response.StatusCode, response.Headers, response.TrailingHeaders, body);
    }
}
