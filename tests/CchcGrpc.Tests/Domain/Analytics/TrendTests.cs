using CchcGrpc.Server.Domain.Analytics;
using CchcGrpc.Server.Domain.Periods;

namespace CchcGrpc.Tests.Domain.Analytics;

/// <summary>One unit's series over periods: ordering, deltas from the last value across gaps.</summary>
public sealed class TrendTests
{
    [Fact]
    public void Points_are_put_in_period_order_and_each_delta_is_from_the_point_before()
    {
        // Huyện Đắk Song, số hồ sơ tiếp nhận.
        var trend = Trend.Of("67.665",
        [
            new(PeriodId.ForYear(2024), 5200m),
            new(PeriodId.ForYear(2022), 4100m),
            new(PeriodId.ForYear(2023), 4700m),
        ]);

        Assert.Equal(["2022", "2023", "2024"], trend.Entries.Select(e => e.Period.Id));
        Assert.Equal([null, 600m, 500m], trend.Entries.Select(e => e.Delta));
        Assert.Equal([null, "2022", "2023"], trend.Entries.Select(e => e.DeltaFrom?.Id));
        Assert.All(trend.Entries, e => Assert.Equal(["67.665"], e.SourceUnitCodes));
    }

    [Fact]
    public void Across_a_gap_the_delta_is_from_the_last_period_with_a_value_and_says_which()
    {
        var trend = Trend.Of("67.667",
        [
            new(PeriodId.ForYear(2021), 800m),
            new(PeriodId.ForYear(2022), null),
            new(PeriodId.ForYear(2023), 950m),
        ]);

        var gap = trend.Entries[1];
        var after = trend.Entries[2];
        Assert.Equal((null, null, null), (gap.Value, gap.Delta, gap.DeltaFrom));
        Assert.Equal((150m, "2021"), (after.Delta, after.DeltaFrom?.Id));
    }

    [Fact]
    public void A_series_that_starts_with_gaps_has_no_delta_until_its_second_value()
    {
        var trend = Trend.Of("67.661", [new(PeriodId.ForYear(2022), null), new(PeriodId.ForYear(2023), 10m), new(PeriodId.ForYear(2024), 7m)]);

        Assert.Equal([null, null, -3m], trend.Entries.Select(e => e.Delta));
    }

    [Fact]
    public void Mixed_kinds_follow_the_order_periods_come_due()
    {
        var trend = Trend.Of("67", [new(PeriodId.ForYear(2024), 3m), new(PeriodId.FirstHalf(2024), 1m), new(PeriodId.ForYear(2023), 2m)]);

        Assert.Equal(["2023", "2024-H1", "2024"], trend.Entries.Select(e => e.Period.Id));
    }

    [Fact]
    public void A_period_given_twice_is_refused() =>
        Assert.Throws<ArgumentException>(() => Trend.Of("67", [new(PeriodId.ForYear(2023), 1m), new(PeriodId.ForYear(2023), 2m)]));
}
