using CchcGrpc.Server.Store;

namespace CchcGrpc.Tests.Store;

/// <summary>How long a write waits for another writer's lock, given the caller's deadline.</summary>
public sealed class LockWaitTests
{
    private static readonly DateTime Now = new(2026, 12, 3, 9, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData(2.0, 1.5)] // half a second kept for the answer
    [InlineData(4.0, 3.0)] // a quarter of the time left
    [InlineData(12.0, 9.0)]
    [InlineData(30.0, 10.0)] // the cchc client's deadline: the cap
    [InlineData(0.4, 0.0)]
    [InlineData(-1.0, 0.0)] // already past
    public void A_write_waits_until_a_margin_before_the_deadline_and_at_most_10_s(double secondsLeft, double expected)
    {
        Assert.Equal(TimeSpan.FromSeconds(expected), Database.LockWait(Now.AddSeconds(secondsLeft), Now));
    }

    [Fact]
    public void Without_a_deadline_a_write_waits_the_cap()
    {
        Assert.Equal(TimeSpan.FromSeconds(10), Database.LockWait(DateTime.MaxValue, Now));
    }
}
