using System.Net;
using System.Net.Http.Headers;

namespace CchcGrpc.Bench.Wire;

/// <summary>
/// Checks a server really answers the gRPC call correctly, since h2load only sees HTTP status:
/// one Echo over a fresh h2c connection, requiring HTTP 200, content-type application/grpc, exactly
/// the expected framed response bytes, and grpc-status 0 in the trailers.
/// </summary>
internal static class GrpcProbe
{
    public static async Task CheckAsync(string name, Uri baseAddress, string when)
    {
        using var handler = new SocketsHttpHandler { UseProxy = false, AllowAutoRedirect = false };
        using var client = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(10) };
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(baseAddress, EchoPayload.MethodPath))
        {
            Version = HttpVersion.Version20,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
            Content = new ByteArrayContent(EchoPayload.FramedRequest),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/grpc");
        request.Headers.TryAddWithoutValidation("te", "trailers");

        string Fail(string what) => $"{name}: grpc check {when} the load run failed: {what}";

        HttpResponseMessage response;
        try
        {
            response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            throw new BenchFailure(Fail(e.Message));
        }
        using (response)
        {
            if (response.StatusCode != HttpStatusCode.OK)
            {
                throw new BenchFailure(Fail($"HTTP status {(int)response.StatusCode}"));
            }
            var contentType = response.Content.Headers.ContentType?.MediaType ?? "";
            if (!contentType.StartsWith("application/grpc", StringComparison.Ordinal))
            {
                throw new BenchFailure(Fail($"content-type '{contentType}'"));
            }
            if (response.Headers.TryGetValues("grpc-status", out var headerStatus))
            {
                throw new BenchFailure(Fail($"trailers-only response, grpc-status {string.Join(",", headerStatus)} {Message(response.Headers)}"));
            }
            var body = await response.Content.ReadAsByteArrayAsync();
            if (!response.TrailingHeaders.TryGetValues("grpc-status", out var status))
            {
                throw new BenchFailure(Fail("no grpc-status trailer"));
            }
            var code = string.Join(",", status);
            if (code != "0")
            {
                throw new BenchFailure(Fail($"grpc-status {code} {Message(response.TrailingHeaders)}"));
            }
            if (!body.AsSpan().SequenceEqual(EchoPayload.FramedResponse))
            {
                throw new BenchFailure(Fail($"response bytes {Convert.ToHexString(body)}, expected {Convert.ToHexString(EchoPayload.FramedResponse)}"));
            }
        }
    }

    private static string Message(HttpHeaders headers) =>
        headers.TryGetValues("grpc-message", out var message) ? $"({string.Join(",", message)})" : "";
}
