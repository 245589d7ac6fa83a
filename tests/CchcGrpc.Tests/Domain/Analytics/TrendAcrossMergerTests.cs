using CchcGrpc.Server.Domain.Analytics;
using CchcGrpc.Server.Domain.Periods;
using CchcGrpc.Tests.Domain.Units;

namespace CchcGrpc.Tests.Domain.Analytics;

/// <summary>
/// Tỉnh Lâm Đồng's trend reaching back before 1 July 2025: earlier points come from the old Lâm Đồng,
/// Đắk Nông and Bình Thuận, summed for counts and recomputed from summed parts for percentages.
/// </summary>
public sealed class TrendAcrossMergerTests
{
    private const string Received = "III.6.1";
    private const string ResolvedOnTime = "III.6.2";
    private const string OnTimeShare = "III.6";

    private static readonly PeriodId[] Periods = [PeriodId.ForYear(2023), PeriodId.ForYear(2024), PeriodId.ForYear(2025), PeriodId.FirstHalf(2025)];

    private static readonly Dictionary<(string Unit, string Period), UnitValues> Reports = new()
    {
        [("67", "2023")] = Values("67", (Received, 40_000m), (ResolvedOnTime, 39_000m), (OnTimeShare, 97.5m)),
        [("60", "2023")] = Values("60", (Received, 90_000m), (ResolvedOnTime, 88_000m), (OnTimeShare, 97.78m)),
        [("68-CU", "2023")] = Values("68-CU", (Received, 70_000m), (ResolvedOnTime, 69_000m), (OnTimeShare, 98.57m)),
        [("67", "2024")] = Values("67", (Received, 42_000m), (ResolvedOnTime, 41_500m), (OnTimeShare, 98.81m)),
        [("60", "2024")] = Values("60", (Received, 95_000m), (ResolvedOnTime, 94_000m), (OnTimeShare, 98.95m)),
        [("68-CU", "2024")] = Values("68-CU", (ResolvedOnTime, 72_000m)), // the old Lâm Đồng left "received" empty
        [("67", "2025-H1")] = Values("67", (Received, 20_000m)),
        [("60", "2025-H1")] = Values("60", (Received, 45_000m)),
        [("68-CU", "2025-H1")] = Values("68-CU", (Received, 35_000m)),
        [("68", "2025")] = Values("68", (Received, 210_000m), (ResolvedOnTime, 208_000m), (OnTimeShare, 99.05m)),
    };

    [Fact]
    public void Counts_before_the_merger_are_the_sum_of_the_three_provinces()
    {
        var trend = Follow(LineageCombiners.Sum(Received));

        var y2023 = trend.Entries.Single(e => e.Period.Id == "2023");
        Assert.Equal(200_000m, y2023.Value);
        Assert.Equal(["60", "67", "68-CU"], y2023.SourceUnitCodes.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_sum_missing_one_province_is_no_value_rather_than_a_false_fall()
    {
        var trend = Follow(LineageCombiners.Sum(Received));

        var y2024 = trend.Entries.Single(e => e.Period.Id == "2024");
        Assert.Null(y2024.Value);
        Assert.Equal(3, y2024.SourceUnitCodes.Count);
    }

    [Fact]
    public void After_the_merger_the_point_is_the_new_provinces_own_report_and_the_delta_spans_the_gap()
    {
        var trend = Follow(LineageCombiners.Sum(Received));

        Assert.Equal(["2023", "2024", "2025-H1", "2025"], trend.Entries.Select(e => e.Period.Id));
        var h1 = trend.Entries[2];
        var y2025 = trend.Entries[3];
        Assert.Equal((100_000m, -100_000m, "2023"), (h1.Value, h1.Delta, h1.DeltaFrom?.Id));
        Assert.Equal(["68"], y2025.SourceUnitCodes);
        Assert.Equal((210_000m, 110_000m), (y2025.Value, y2025.Delta));
    }

    [Fact]
    public void Percentages_are_recomputed_from_summed_parts_never_averaged()
    {
        var trend = Follow(LineageCombiners.Percent(OnTimeShare, ResolvedOnTime, Received));

        // (39 000 + 88 000 + 69 000) / 200 000 = 98 %; the average of the three reported shares would be 97.95 %.
        Assert.Equal(98.00m, trend.Entries.Single(e => e.Period.Id == "2023").Value);

        // From a single source the unit's own reported percentage stands.
        Assert.Equal(99.05m, trend.Entries.Single(e => e.Period.Id == "2025").Value);
    }

    [Fact]
    public void What_cannot_be_combined_is_taken_only_from_a_single_source()
    {
        var trend = Follow(LineageCombiners.SingleSource(OnTimeShare));

        Assert.Null(trend.Entries.Single(e => e.Period.Id == "2023").Value);
        Assert.Equal(99.05m, trend.Entries.Single(e => e.Period.Id == "2025").Value);
    }

    [Fact]
    public void A_ceased_province_has_no_points_after_it_ceased()
    {
        var trend = Trend.FollowingLineage("67", Periods, MergerOf2025.Graph(), ReportingCalendar.Default, Lookup, LineageCombiners.Sum(Received));

        var y2025 = trend.Entries.Single(e => e.Period.Id == "2025");
        Assert.Null(y2025.Value);
        Assert.Empty(y2025.SourceUnitCodes);
        Assert.Equal(20_000m, trend.Entries.Single(e => e.Period.Id == "2025-H1").Value);
    }

    private static Trend Follow(Func<IReadOnlyList<UnitValues>, decimal?> combine) =>
        Trend.FollowingLineage("68", Periods, MergerOf2025.Graph(), ReportingCalendar.Default, Lookup, combine);

    private static UnitValues? Lookup(string unit, PeriodId period) => Reports.GetValueOrDefault((unit, period.Id));

    private static UnitValues Values(string unit, params (string Id, decimal Value)[] values) =>
        new(unit, values.ToDictionary(v => v.Id, v => v.Value));
}
