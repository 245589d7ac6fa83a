using System.Diagnostics;
using CchcGrpc.Tests.Probe;
using CchcGrpc.Wire;
using CchcGrpc.Wire.Client;
using Google.Protobuf;

namespace CchcGrpc.Tests.Wire;

/// <summary>Deadlines and cancellation: the server stops work the client no longer wants.</summary>
public sealed class DeadlineTests(ProbeServer server) : IClassFixture<ProbeServer>
{
    [Fact]
    public async Task A_deadline_ends_a_sleeping_handler_with_DEADLINE_EXCEEDED_and_cancels_it()
    {
        server.Probe.ResetSleep();
        var clock = Stopwatch.StartNew();
        var error = await Assert.ThrowsAsync<RpcException>(() =>
            server.Channel.UnaryCall(ProbeServer.Echo, new ProbeRequest { Action = "sleep" }, new CallOptions().WithTimeout(TimeSpan.FromMilliseconds(300))).ResponseAsync);
        Assert.Equal(StatusCode.DeadlineExceeded, error.StatusCode);
        Assert.True(await server.Probe.SleepCancelled.Task.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
    }

    [Fact]
    public async Task The_server_itself_answers_DEADLINE_EXCEEDED_when_the_timeout_passes()
    {
        server.Probe.ResetSleep();
        // A raw client that does not enforce the deadline itself: the status must come from the server.
        var reply = await RawHttp2.PostAsync(server.Address, "/cchc.probe.Probe/Echo",
            [RawHttp2.Frame(new ProbeRequest { Action = "sleep" }.ToByteArray())], "application/grpc", ("grpc-timeout", "200m"));
        Assert.Equal("4", reply.GrpcStatus);
        Assert.True(await server.Probe.SleepCancelled.Task.WaitAsync(TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public async Task Cancelling_a_call_cancels_the_handler()
    {
        server.Probe.ResetSleep();
        using var cancel = new CancellationTokenSource();
        var call = server.Channel.UnaryCall(ProbeServer.Echo, new ProbeRequest { Action = "sleep" }, new CallOptions(CancellationToken: cancel.Token));
        await Task.Delay(200);
        await cancel.CancelAsync();
        var error = await Assert.ThrowsAsync<RpcException>(() => call.ResponseAsync);
        Assert.Equal(StatusCode.Cancelled, error.StatusCode);
        Assert.True(await server.Probe.SleepCancelled.Task.WaitAsync(TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public async Task Disposing_a_streaming_call_after_the_first_response_cancels_it()
    {
        server.Probe.ResetSleep();
        var call = server.Channel.DuplexStreamingCall(ProbeServer.Chat);
        await call.RequestStream.WriteAsync(new ProbeRequest { Text = "a" });
        Assert.True(await call.ResponseStream.MoveNext());
        await call.RequestStream.WriteAsync(new ProbeRequest { Action = "sleep" });
        await Task.Delay(100);
        call.Dispose();
        Assert.True(await server.Probe.SleepCancelled.Task.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Equal(StatusCode.Cancelled, call.GetStatus().Code);
    }

    [Fact]
    public async Task A_deadline_already_past_fails_without_reaching_the_server()
    {
        var error = await Assert.ThrowsAsync<RpcException>(() =>
            server.Channel.UnaryCall(ProbeServer.Echo, new ProbeRequest(), new CallOptions(Deadline: DateTime.UtcNow.AddSeconds(-1))).ResponseAsync);
        Assert.Equal(StatusCode.DeadlineExceeded, error.StatusCode);
    }
}
