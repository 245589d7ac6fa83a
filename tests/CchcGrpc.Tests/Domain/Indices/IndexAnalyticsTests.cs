using CchcGrpc.Server.Domain.Indices;

namespace CchcGrpc.Tests.Domain.Indices;

public sealed class IndexAnalyticsTests
{
    private static IndexResult Par(string unit, int year, decimal? total, int? rank = null) =>
        new(IndexKind.ParIndex, unit, year, total, rank, rank is null ? null : 63, [], "demo", Demo: true);

    [Fact]
    public void Trend_gives_deltas_only_between_consecutive_years()
    {
        var points = IndexAnalytics.Trend([Par("67", 2023, 85.1m, 40), Par("67", 2021, 80.5m, 50), Par("67", 2022, 83.0m, 45)]);
        Assert.Equal([2021, 2022, 2023], points.Select(p => p.Year));
        Assert.Equal([null, 2.5m, 2.1m], points.Select(p => p.TotalDelta));
        Assert.Equal([null, 5, 5], points.Select(p => p.RankDelta)); // 50 → 45 → 40: five places gained each year
        Assert.Null(IndexAnalytics.Trend([Par("67", 2020, 80m), Par("67", 2022, 83m)])[1].TotalDelta);
    }

    [Fact]
    public void Compare_shares_positions_on_ties_and_puts_missing_totals_last()
    {
        var standings = IndexAnalytics.Compare([Par("67.SNV", 2024, 88m), Par("67.STP", 2024, 91.5m), Par("67.VP", 2024, 88m), Par("67.SYT", 2024, null)]);
        Assert.Equal(["67.STP", "67.SNV", "67.VP", "67.SYT"], standings.Select(s => s.UnitCode));
        Assert.Equal([1, 2, 2, null], standings.Select(s => s.Position));
    }

    [Fact]
    public void Results_are_checked_before_they_are_stored()
    {
        var bad = new IndexResult(IndexKind.Papi, "67", 2024, 42m, 70, 63,
            [new IndexComponent("1", null, "Tham gia của người dân ở cấp cơ sở", 10m, 5m, null, 4.8m), new IndexComponent("2", "9", "Công khai, minh bạch", 10m, null, null, 12m)],
            "", Demo: false);
        var fields = IndexResultRules.Check(bad).Select(p => p.Field).ToList();
        Assert.Equal(["rank", "source", "components[0].self_assessed", "components[1].parent_code", "components[1].score"], fields);
        Assert.Empty(IndexResultRules.Check(Par("67", 2024, 85m, 12)));
    }
}
