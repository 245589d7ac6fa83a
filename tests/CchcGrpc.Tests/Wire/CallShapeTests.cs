using CchcGrpc.Tests.Probe;
using CchcGrpc.Wire.Client;
using Google.Protobuf;

namespace CchcGrpc.Tests.Wire;

/// <summary>The four call shapes, over a real HTTP/2 connection to a real Kestrel server.</summary>
public sealed class CallShapeTests(ProbeServer server) : IClassFixture<ProbeServer>
{
    [Fact]
    public async Task Unary_call_returns_the_handlers_response()
    {
        var reply = await server.Channel.UnaryCall(ProbeServer.Echo, new ProbeRequest { Text = "Báo cáo năm 2022" });
        Assert.Equal("Báo cáo năm 2022", reply.Text);
    }

    [Fact]
    public async Task Server_streaming_delivers_every_message_in_order_then_OK()
    {
        using var call = server.Channel.ServerStreamingCall(ProbeServer.Expand, new ProbeRequest { Text = "x", Count = 5 });
        var counts = new List<int>();
        await foreach (var reply in call.ResponseStream.ReadAllAsync())
        {
            counts.Add(reply.Count);
        }
        Assert.Equal([0, 1, 2, 3, 4], counts);
        Assert.Equal(CchcGrpc.Wire.StatusCode.OK, call.GetStatus().Code);
    }

    [Fact]
    public async Task Client_streaming_sees_every_request_before_answering()
    {
        using var call = server.Channel.ClientStreamingCall(ProbeServer.Collect);
        foreach (var part in new[] { "Biểu ", "1", "–7" })
        {
            await call.RequestStream.WriteAsync(new ProbeRequest { Text = part });
        }
        await call.RequestStream.CompleteAsync();
        var reply = await call.ResponseAsync;
        Assert.Equal(("Biểu 1–7", 3), (reply.Text, reply.Count));
    }

    [Fact]
    public async Task Bidi_ping_pong_answers_each_request_before_the_next_is_sent()
    {
        using var call = server.Channel.DuplexStreamingCall(ProbeServer.Chat);
        foreach (var (word, n) in new[] { ("một", 1), ("hai", 2), ("ba", 3) })
        {
            await call.RequestStream.WriteAsync(new ProbeRequest { Text = word, Count = n });
            Assert.True(await call.ResponseStream.MoveNext());
            Assert.Equal((word.ToUpperInvariant(), n), (call.ResponseStream.Current.Text, call.ResponseStream.Current.Count));
        }
        await call.RequestStream.CompleteAsync();
        Assert.False(await call.ResponseStream.MoveNext());
    }

    [Fact]
    public async Task Empty_stream_completes_with_OK_and_no_messages()
    {
        using var call = server.Channel.DuplexStreamingCall(ProbeServer.Chat);
        await call.RequestStream.CompleteAsync();
        Assert.False(await call.ResponseStream.MoveNext());
        Assert.Equal(CchcGrpc.Wire.StatusCode.OK, call.GetStatus().Code);
    }

    [Fact]
    public async Task Many_concurrent_calls_share_one_connection()
    {
        var calls = Enumerable.Range(0, 200).Select(async i =>
            (await server.Channel.UnaryCall(ProbeServer.Echo, new ProbeRequest { Text = i.ToString(System.Globalization.CultureInfo.InvariantCulture) })).Text);
        var texts = await Task.WhenAll(calls);
        Assert.Equal(Enumerable.Range(0, 200).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)), texts);
    }

    [Fact]
    public async Task A_message_larger_than_a_DATA_frame_arrives_whole()
    {
        var payload = ByteString.CopyFrom(Enumerable.Range(0, 300_000).Select(i => (byte)i).ToArray());
        var reply = await server.Channel.UnaryCall(ProbeServer.Echo, new ProbeRequest { Payload = payload });
        Assert.Equal(payload, reply.Payload);
    }
}
