using CchcGrpc.Server.Domain.Analytics;
using CchcGrpc.Server.Domain.Periods;
using CchcGrpc.Server.Domain.Units;
using CchcGrpc.Server.SampleData;

namespace CchcGrpc.Tests.SampleData;

/// <summary>The demo data through the analytics, as the Analytics service will use them.</summary>
public sealed class DemoDataAnalyticsTests
{
    private static readonly SampleOrganisation Organisation = SampleOrganisation.Load();
    private static readonly DemoDataSet Data = new DemoDataGenerator().Generate(Organisation.Units, DemoIndicator.Sample, ReportingCalendar.Default);

    [Fact]
    public void Tinh_Lam_Dongs_trend_reaches_back_through_the_three_provinces_it_was_made_from()
    {
        var trend = Trend.FollowingLineage(
            SampleOrganisation.LamDong,
            DemoDataGenerator.DefaultPeriods,
            Organisation.LineageGraph(),
            ReportingCalendar.Default,
            (unit, period) => Data.ReportOf(unit, period) is { } report ? new UnitValues(unit, report.Numbers()) : null,
            LineageCombiners.Sum("III.3.3.1"));

        Assert.Equal(["2023", "2024-H1", "2024"], trend.Entries.Select(e => e.Period.Id));
        foreach (var entry in trend.Entries)
        {
            Assert.Equal(["60", "67", "68-CU"], entry.SourceUnitCodes.Order(StringComparer.Ordinal));
            Assert.Equal(new[] { "60", "67", "68-CU" }.Sum(p => Data.ReportOf(p, entry.Period)!["III.3.3.1"]!.Number), entry.Value);
        }
    }

    [Fact]
    public void Dak_Nongs_districts_rank_on_dossiers_resolved_on_time_in_2024()
    {
        var year2024 = PeriodId.ForYear(2024);
        var districts = Organisation.Hierarchy().ChildrenOf(SampleOrganisation.DakNong).Where(u => u.Level == UnitLevel.District);

        var ranking = UnitRanking.Rank(districts.Select(d => new UnitValue(d.Code, Data.ReportOf(d.Code, year2024)?["III.3.2"]?.Number)));

        Assert.Equal(8, ranking.Entries.Count);
        Assert.Equal(1, ranking.Entries[0].Rank);
        Assert.Equal(ranking.Entries.Select(e => e.Value).OrderDescending(), ranking.Entries.Select(e => e.Value));
        Assert.Equal(ranking.Entries[0].Value, ranking.Best);
        Assert.Empty(ranking.MissingUnitCodes);
    }

    [Fact]
    public void The_departments_of_Dak_Nong_show_how_far_e_government_has_come()
    {
        var departments = Organisation.Hierarchy().ChildrenOf(SampleOrganisation.DakNong).Where(u => u.Level == UnitLevel.Department);

        var distribution = ChoiceDistribution.Count(
            departments.Select(d => new UnitValue(d.Code, Data.ReportOf(d.Code, PeriodId.FirstHalf(2024))?["VII.1"]?.Number)), [0, 1]);

        Assert.Equal(18, distribution.Contributors);
        Assert.Equal(["67.SNV"], distribution.InvalidUnitCodes); // the planted out-of-range code
    }
}
