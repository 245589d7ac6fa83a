using CchcGrpc.Tests.Probe;
using CchcGrpc.Wire;
using CchcGrpc.Wire.Client;
using Google.Protobuf;

namespace CchcGrpc.Tests.Wire;

/// <summary>How a call's outcome travels: codes, messages, rich details, and failures that must not leak.</summary>
public sealed class StatusTests(ProbeServer server) : IClassFixture<ProbeServer>
{
    [Theory]
    [InlineData(StatusCode.NotFound, "Không tìm thấy đơn vị 'xã Đắk Ha'")]
    [InlineData(StatusCode.Aborted, "stale revision 3; current is 4")]
    [InlineData(StatusCode.Unknown, "\t\ntest with whitespace\r\nand Unicode BMP ☺ and non-BMP 😈\t\n")]
    [InlineData(StatusCode.InvalidArgument, "100% sure: %41 is not an escape")]
    public async Task A_status_and_its_message_round_trip_exactly(StatusCode code, string message)
    {
        var error = await Assert.ThrowsAsync<RpcException>(() =>
            server.Channel.UnaryCall(ProbeServer.Echo, new ProbeRequest { Action = $"status:{(int)code}:{message}" }).ResponseAsync);
        Assert.Equal(code, error.StatusCode);
        Assert.Equal(message, error.Status.Detail);
    }

    [Fact]
    public async Task An_error_status_after_streamed_messages_arrives_in_trailers()
    {
        using var call = server.Channel.ServerStreamingCall(ProbeServer.Expand, new ProbeRequest { Count = 2, Action = "status:9:report already submitted" });
        Assert.True(await call.ResponseStream.MoveNext());
        Assert.True(await call.ResponseStream.MoveNext());
        var error = await Assert.ThrowsAsync<RpcException>(() => call.ResponseStream.MoveNext());
        Assert.Equal((StatusCode.FailedPrecondition, "report already submitted"), (error.StatusCode, error.Status.Detail));
    }

    [Fact]
    public async Task Rich_errors_carry_google_rpc_details_with_field_violations()
    {
        var error = await Assert.ThrowsAsync<RpcException>(() =>
            server.Channel.UnaryCall(ProbeServer.Echo, new ProbeRequest { Action = "rich-error" }).ResponseAsync);
        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        var violation = Assert.Single(error.Status.GetDetail<Google.Rpc.BadRequest>()!.FieldViolations);
        Assert.Equal(("values[0].value", "Số âm không hợp lệ"), (violation.Field, violation.Description));
    }

    [Fact]
    public async Task An_unhandled_exception_is_INTERNAL_with_a_correlation_id_and_no_internals()
    {
        var error = await Assert.ThrowsAsync<RpcException>(() =>
            server.Channel.UnaryCall(ProbeServer.Echo, new ProbeRequest { Action = "throw" }).ResponseAsync);
        Assert.Equal(StatusCode.Internal, error.StatusCode);
        Assert.DoesNotContain("hunter2", error.Status.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", error.Status.Detail, StringComparison.Ordinal);
        var id = error.Status.GetDetail<Google.Rpc.RequestInfo>()!.RequestId;
        Assert.Matches("^[0-9a-f]{12}$", id);
        Assert.Contains(id, error.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_method_of_a_known_service_is_UNIMPLEMENTED()
    {
        var method = new Method<ProbeRequest, ProbeReply>(MethodType.Unary, "cchc.probe.Probe", "Nope", ProbeReply.Parser);
        var error = await Assert.ThrowsAsync<RpcException>(() => server.Channel.UnaryCall(method, new ProbeRequest()).ResponseAsync);
        Assert.Equal(StatusCode.Unimplemented, error.StatusCode);
        Assert.Contains("/cchc.probe.Probe/Nope", error.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_service_is_UNIMPLEMENTED_and_paths_are_case_sensitive()
    {
        var method = new Method<ProbeRequest, ProbeReply>(MethodType.Unary, "cchc.probe.probe", "Echo", ProbeReply.Parser);
        var error = await Assert.ThrowsAsync<RpcException>(() => server.Channel.UnaryCall(method, new ProbeRequest()).ResponseAsync);
        Assert.Equal(StatusCode.Unimplemented, error.StatusCode);
        Assert.Contains("Service cchc.probe.probe", error.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_status_before_any_message_is_sent_Trailers_Only_in_the_headers()
    {
        var reply = await RawHttp2.PostAsync(server.Address, "/cchc.probe.Probe/Echo",
            [RawHttp2.Frame(new ProbeRequest { Action = "status:5:no such unit" }.ToByteArray())]);
        Assert.True(reply.Headers.ContainsKey("grpc-status"), $"{reply.Status} {string.Join(";", reply.Headers)} | {string.Join(";", reply.Trailers)} | {reply.Body.Length}");
        Assert.Equal("5", reply.Headers["grpc-status"]);
        Assert.Equal("no such unit", reply.Headers["grpc-message"]);
        Assert.Empty(reply.Body);
        Assert.False(reply.Trailers.ContainsKey("grpc-status"));
    }

    [Fact]
    public async Task A_successful_unary_call_sends_its_status_once_in_trailers()
    {
        var reply = await RawHttp2.PostAsync(server.Address, "/cchc.probe.Probe/Echo", [RawHttp2.Frame(new ProbeRequest { Text = "a" }.ToByteArray())]);
        Assert.Equal("0", reply.Trailers["grpc-status"]);
        Assert.False(reply.Headers.ContainsKey("grpc-status"));
        Assert.Equal("application/grpc", reply.Headers["Content-Type"]);
    }
}
