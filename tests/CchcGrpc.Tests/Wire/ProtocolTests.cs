using System.Net;
using CchcGrpc.Tests.Probe;
using CchcGrpc.Wire;
using Google.Protobuf;

namespace CchcGrpc.Tests.Wire;

/// <summary>What the server does with requests a well-behaved client never sends, byte by byte.</summary>
public sealed class ProtocolTests(ProbeServer server) : IClassFixture<ProbeServer>
{
    private static byte[] EchoFrame(string text) => RawHttp2.Frame(new ProbeRequest { Text = text }.ToByteArray());

    [Fact]
    public async Task A_message_split_across_many_DATA_frames_is_reassembled()
    {
        var frame = EchoFrame("Tỷ lệ hồ sơ TTHC được giải quyết đúng hạn");
        var reply = await RawHttp2.PostAsync(server.Address, "/cchc.probe.Probe/Echo", frame.Select(b => new[] { b }));
        Assert.Equal("0", reply.GrpcStatus);
        Assert.Equal("Tỷ lệ hồ sơ TTHC được giải quyết đúng hạn", ProbeReply.Parser.ParseFrom(reply.Body.AsSpan(5).ToArray()).Text);
    }

    [Fact]
    public async Task A_frame_header_split_from_its_payload_is_reassembled()
    {
        var frame = EchoFrame("abc");
        var reply = await RawHttp2.PostAsync(server.Address, "/cchc.probe.Probe/Echo", [frame[..3], frame[3..6], frame[6..]]);
        Assert.Equal("0", reply.GrpcStatus);
    }

    [Fact]
    public async Task A_non_gRPC_content_type_is_refused_with_415()
    {
        var reply = await RawHttp2.PostAsync(server.Address, "/cchc.probe.Probe/Echo", [EchoFrame("a")], contentType: "application/json");
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, reply.Status);
    }

    [Theory]
    [InlineData("application/grpc+proto")]
    [InlineData("application/grpc;charset=utf-8")]
    public async Task Content_type_variants_of_application_grpc_are_accepted(string contentType)
    {
        var reply = await RawHttp2.PostAsync(server.Address, "/cchc.probe.Probe/Echo", [EchoFrame("a")], contentType);
        Assert.Equal("0", reply.GrpcStatus);
    }

    [Fact]
    public async Task A_message_over_the_size_limit_is_RESOURCE_EXHAUSTED_without_reading_it()
    {
        var header = new byte[] { 0, 0, 0x20, 0, 0 }; // 2 MiB announced; the limit in this fixture is 1 MiB
        var reply = await RawHttp2.PostAsync(server.Address, "/cchc.probe.Probe/Echo", [header, new byte[1000]]);
        Assert.Equal(((int)StatusCode.ResourceExhausted).ToString(System.Globalization.CultureInfo.InvariantCulture), reply.GrpcStatus);
        Assert.Contains("exceeds the limit of 1048576 bytes", reply.GrpcMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_compressed_flag_without_grpc_encoding_is_INTERNAL()
    {
        var reply = await RawHttp2.PostAsync(server.Address, "/cchc.probe.Probe/Echo",
            [RawHttp2.Frame(MessageCompression.Compress(new ProbeRequest { Text = "x" }.ToByteArray()), compressed: true)]);
        Assert.Equal("13", reply.GrpcStatus);
    }

    [Fact]
    public async Task An_unknown_encoding_is_UNIMPLEMENTED_and_says_what_is_accepted()
    {
        var reply = await RawHttp2.PostAsync(server.Address, "/cchc.probe.Probe/Echo", [EchoFrame("a")], "application/grpc", ("grpc-encoding", "snappy"));
        Assert.Equal("12", reply.GrpcStatus);
        Assert.Equal("identity,gzip", reply.Headers["grpc-accept-encoding"]);
    }

    [Fact]
    public async Task A_gzip_request_with_the_flag_set_is_decompressed()
    {
        var reply = await RawHttp2.PostAsync(server.Address, "/cchc.probe.Probe/Echo",
            [RawHttp2.Frame(MessageCompression.Compress(new ProbeRequest { Text = "nén" }.ToByteArray()), compressed: true)],
            "application/grpc", ("grpc-encoding", "gzip"));
        Assert.Equal("0", reply.GrpcStatus);
        var echoed = ProbeReply.Parser.ParseFrom(reply.Body.AsSpan(5).ToArray());
        Assert.Equal(("nén", 1), (echoed.Text, echoed.Count));
    }

    [Fact]
    public async Task Two_messages_to_a_unary_method_are_INTERNAL()
    {
        var reply = await RawHttp2.PostAsync(server.Address, "/cchc.probe.Probe/Echo", [EchoFrame("a"), EchoFrame("b")]);
        Assert.Equal("13", reply.GrpcStatus);
    }

    [Fact]
    public async Task A_truncated_message_is_INTERNAL()
    {
        var reply = await RawHttp2.PostAsync(server.Address, "/cchc.probe.Probe/Echo", [EchoFrame("abcdef")[..7]]);
        Assert.Equal("13", reply.GrpcStatus);
    }

    [Theory]
    [InlineData("AQID")]   // padded to a multiple of four already
    [InlineData("AQIDBA")] // unpadded (AQIDBA==)
    [InlineData("AQIDBA==")]
    public async Task Binary_metadata_is_accepted_padded_or_unpadded(string base64)
    {
        var reply = await RawHttp2.PostAsync(server.Address, "/cchc.probe.Probe/Echo",
            [RawHttp2.Frame(new ProbeRequest { Action = "echo-metadata" }.ToByteArray())], "application/grpc", ("x-trace-bin", base64));
        Assert.Equal("0", reply.GrpcStatus);
        Assert.Equal(Base64Lenient.Decode(base64), Base64Lenient.Decode(reply.Headers["x-trace-bin"]));
    }
}
