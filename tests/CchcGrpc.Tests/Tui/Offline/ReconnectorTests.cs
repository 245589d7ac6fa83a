using CchcGrpc.Client.Tui.Offline;
using Grpc.Core;
using Microsoft.Extensions.Time.Testing;

namespace CchcGrpc.Tests.Tui.Offline;

/// <summary>
/// The reconnect loop the terminal client runs: nothing while the link works; when it drops, a cheap
/// probe after 1, 2, 4 … seconds (on the client's clock, here a fake one) until one gets through, which
/// is announced once so the waiting drafts are sent.
/// </summary>
public sealed class ReconnectorTests
{
    [Fact]
    public async Task While_the_link_is_down_it_probes_with_backoff_and_announces_the_reconnect_once()
    {
        var time = new FakeTimeProvider();
        var status = new ConnectionStatus();
        var probes = new System.Collections.Concurrent.ConcurrentQueue<DateTimeOffset>();
        var reconnector = new Reconnector(status, _ =>
        {
            probes.Enqueue(time.GetUtcNow());
            // The first two probes find the link still down.
            return probes.Count < 3 ? Task.FromException(new RpcException(new Status(StatusCode.Unavailable, "no route"))) : Task.CompletedTask;
        }, time);
        var announced = 0;
        reconnector.Reconnected += (_, _) => Interlocked.Increment(ref announced);
        using var stop = new CancellationTokenSource();
        var loop = reconnector.RunAsync(stop.Token);

        // Connected: a minute passes without a probe.
        await AdvanceAsync(time, TimeSpan.FromSeconds(60), () => false);
        Assert.Empty(probes);

        status.LinkFailed();
        var droppedAt = time.GetUtcNow();
        await AdvanceAsync(time, TimeSpan.FromSeconds(30), () => Volatile.Read(ref announced) > 0);

        // The clock is stepped a second at a time, so each wait is known to within a second (the loop
        // notices the drop at its next 1 s check).
        var at = probes.Select(p => (p - droppedAt).TotalSeconds).ToArray();
        Assert.Equal(3, at.Length);
        Assert.InRange(at[0], 1, 3);
        Assert.InRange(at[1] - at[0], 2, 3);
        Assert.InRange(at[2] - at[1], 4, 5);
        Assert.Equal(ConnectionState.Connected, status.Current);
        await AdvanceAsync(time, TimeSpan.FromSeconds(60), () => false);
        Assert.Equal((3, 1), (probes.Count, Volatile.Read(ref announced)));

        await stop.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => loop);
    }

    // The fake clock stepped a second at a time (the loop's continuations get real time to run) until done or the time is up.
    private static async Task AdvanceAsync(FakeTimeProvider time, TimeSpan most, Func<bool> done)
    {
        for (var left = most; left > TimeSpan.Zero && !done(); left -= TimeSpan.FromSeconds(1))
        {
            time.Advance(TimeSpan.FromSeconds(1));
            await Task.Delay(30);
        }
    }
}
