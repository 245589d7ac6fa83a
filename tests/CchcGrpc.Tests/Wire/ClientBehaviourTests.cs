using CchcGrpc.Tests.Probe;
using CchcGrpc.Wire;
using CchcGrpc.Wire.Client;
using Google.Protobuf;

namespace CchcGrpc.Tests.Wire;

/// <summary>The client's own duties: compression, metadata, limits, and retrying only what is safe to retry.</summary>
public sealed class ClientBehaviourTests(ProbeServer server) : IClassFixture<ProbeServer>
{
    [Fact]
    public async Task Gzip_request_messages_reach_the_handler_flagged_compressed()
    {
        var reply = await server.Channel.UnaryCall(ProbeServer.Echo, new ProbeRequest { Text = new string('a', 10_000) }, new CallOptions(Compression: "gzip"));
        Assert.Equal(1, reply.Count);
        Assert.Equal(10_000, reply.Text.Length);
    }

    [Fact]
    public async Task Gzip_responses_are_decompressed()
    {
        using var call = server.Channel.UnaryCall(ProbeServer.Echo, new ProbeRequest { Text = "Chính quyền số", Action = "gzip-reply" });
        Assert.Equal("Chính quyền số", (await call).Text);
        Assert.Equal("gzip", (await RawHttp2.PostAsync(server.Address, "/cchc.probe.Probe/Echo",
            [RawHttp2.Frame(new ProbeRequest { Action = "gzip-reply" }.ToByteArray())], "application/grpc", ("grpc-accept-encoding", "gzip"))).Headers["grpc-encoding"]);
    }

    [Fact]
    public async Task Metadata_travels_both_ways_as_headers_and_trailers_ascii_and_binary()
    {
        var headers = new Metadata().Add("x-unit", "xa-dak-ha").Add("x-blob-bin", new byte[] { 0, 0xFF, 0x10, 0x80 });
        using var call = server.Channel.UnaryCall(ProbeServer.Echo, new ProbeRequest { Action = "echo-metadata" }, new CallOptions(Headers: headers));
        await call;
        var initial = await call.ResponseHeadersAsync;
        Assert.Equal("xa-dak-ha", initial.GetValue("x-unit"));
        Assert.Equal(new byte[] { 0, 0xFF, 0x10, 0x80 }, initial.Get("x-blob-bin")!.ValueBytes);
        Assert.Equal("xa-dak-ha", call.GetTrailers().GetValue("x-unit-t"));
        Assert.Equal(new byte[] { 0, 0xFF, 0x10, 0x80 }, call.GetTrailers().Get("x-blob-bin")!.ValueBytes);
    }

    [Fact]
    public async Task A_response_over_the_clients_limit_is_RESOURCE_EXHAUSTED()
    {
        using var small = GrpcChannel.ForAddress(server.Address, new GrpcChannelOptions { MaxReceiveMessageSize = 1000 });
        var error = await Assert.ThrowsAsync<RpcException>(() =>
            small.UnaryCall(ProbeServer.Echo, new ProbeRequest { Payload = ByteString.CopyFrom(new byte[5000]) }).ResponseAsync);
        Assert.Equal(StatusCode.ResourceExhausted, error.StatusCode);
    }

    [Fact]
    public async Task A_request_over_the_servers_limit_is_RESOURCE_EXHAUSTED()
    {
        var error = await Assert.ThrowsAsync<RpcException>(() =>
            server.Channel.UnaryCall(ProbeServer.Echo, new ProbeRequest { Payload = ByteString.CopyFrom(new byte[2 * 1024 * 1024]) }).ResponseAsync);
        Assert.Equal(StatusCode.ResourceExhausted, error.StatusCode);
    }

    [Theory]
    [InlineData(true, 3)]
    [InlineData(false, 1)]
    public async Task Only_idempotent_calls_are_retried_when_the_server_is_unreachable(bool idempotent, int expectedAttempts)
    {
        var counter = new CountingHandler(new SocketsHttpHandler());
        using var channel = GrpcChannel.ForAddress("http://127.0.0.1:1", new GrpcChannelOptions { Handler = counter, MaxAttempts = 3 });
        var error = await Assert.ThrowsAsync<RpcException>(() =>
            channel.UnaryCall(ProbeServer.Echo, new ProbeRequest(), new CallOptions(Idempotent: idempotent)).ResponseAsync);
        Assert.Equal(StatusCode.Unavailable, error.StatusCode);
        Assert.Equal(expectedAttempts, counter.Attempts);
    }

    private sealed class CountingHandler(HttpMessageHandler inner) : DelegatingHandler(inner)
    {
        public int Attempts;

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref Attempts);
            return base.SendAsync(request, cancellationToken);
        }
    }
}
