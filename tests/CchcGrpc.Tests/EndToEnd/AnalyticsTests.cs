using System.Globalization;
using Cchc.V1;

namespace CchcGrpc.Tests.EndToEnd;

/// <summary>
/// Roll-up, comparison and trend over the demo reports, checked against numbers this test computes
/// itself from the reports it reads back one by one.
/// </summary>
public sealed class AnalyticsTests(ReportingServer server) : IClassFixture<ReportingServer>
{
    private static readonly ReportStatus[] Counted = [ReportStatus.Submitted, ReportStatus.Resubmitted, ReportStatus.Approved];

    private static decimal N(string text) => decimal.Parse(text, CultureInfo.InvariantCulture);

    /// <summary>The counted reports of Đắk Nông's districts for a period, read one by one.</summary>
    private async Task<List<Report>> DistrictReportsAsync(string period)
    {
        var listed = await server.CallAsync("admin", Rpc.ListReports, new ListReportsRequest { UnitCode = "67", IncludeSubtree = true, PeriodId = period, PageSize = 1000 });
        var districts = (await server.CallAsync("admin", Rpc.ListUnits, new ListUnitsRequest { ParentCode = "67", Level = UnitLevel.District, IncludeDissolved = true }))
            .Units.Select(u => u.Code).ToHashSet();
        var reports = new List<Report>();
        foreach (var summary in listed.Reports.Where(r => districts.Contains(r.UnitCode) && Counted.Contains(r.Status)))
        {
            reports.Add(await server.CallAsync("admin", Rpc.GetReport, new GetReportRequest { Name = summary.Name }));
        }
        return reports;
    }

    private static decimal? ValueOf(Report report, string id) =>
        report.Values.FirstOrDefault(v => v.IndicatorId == id && v.State == ValueState.Reported && v.Number.Length > 0) is { } v ? N(v.Number) : null;

    [Fact]
    public async Task Roll_up_sums_counts_and_recomputes_the_percentage_from_the_summed_parts()
    {
        var reports = await DistrictReportsAsync("2024");
        Assert.NotEmpty(reports);
        var resolved = reports.Sum(r => ValueOf(r, "III.3.2.1") ?? 0);
        var onTime = reports.Sum(r => ValueOf(r, "III.3.2.2") ?? 0);
        var averageOfPercents = reports.Average(r => ValueOf(r, "III.3.2") ?? 0);

        var rollUp = await server.CallAsync("rv.daknong", Rpc.RollUp, new RollUpRequest
        {
            UnitCode = "67", PeriodId = "2024", Levels = { UnitLevel.District }, IndicatorIds = { "III.3.2.1", "III.3.2.2", "III.3.2" },
        });
        var values = rollUp.Values.ToDictionary(v => v.IndicatorId);
        Assert.Equal(resolved, N(values["III.3.2.1"].Number));
        Assert.Equal(onTime, N(values["III.3.2.2"].Number));
        var recomputed = Math.Round(onTime / resolved * 100, 2, MidpointRounding.AwayFromZero);
        Assert.Equal(recomputed, N(values["III.3.2"].Number));
        Assert.Equal("recompute", values["III.3.2"].Aggregation);
        Assert.NotEqual(Math.Round(averageOfPercents, 2), recomputed); // never the average of percentages
        Assert.Equal(reports.Count, values["III.3.2.1"].Contributors);
    }

    [Fact]
    public async Task Without_levels_a_roll_up_takes_the_direct_children_so_nothing_is_counted_twice()
    {
        var byDefault = await server.CallAsync("rv.daknong", Rpc.RollUp, new RollUpRequest { UnitCode = "67", PeriodId = "2024", IndicatorIds = { "III.3.2.1" } });
        var districts = await server.CallAsync("rv.daknong", Rpc.RollUp, new RollUpRequest { UnitCode = "67", PeriodId = "2024", IndicatorIds = { "III.3.2.1" }, Levels = { UnitLevel.District } });
        var everyLevel = await server.CallAsync("rv.daknong", Rpc.RollUp, new RollUpRequest
        {
            UnitCode = "67", PeriodId = "2024", IndicatorIds = { "III.3.2.1" }, Levels = { UnitLevel.Department, UnitLevel.District, UnitLevel.Commune },
        });
        Assert.Equal(districts.Values[0].Number, byDefault.Values[0].Number); // departments and districts; only districts report district dossiers
        Assert.Equal(27, byDefault.Completeness.Expected); // 19 departments and 8 districts
        Assert.True(everyLevel.Completeness.Expected > 90);
    }

    [Fact]
    public async Task Roll_up_reports_completeness_of_the_expected_units()
    {
        var completeness = await server.CallAsync("rv.daknong", Rpc.Completeness, new CompletenessRequest { UnitCode = "67", PeriodId = "2024" });
        Assert.True(completeness.Expected > 90); // 19 departments, 8 districts, 71 communes
        Assert.Contains("67.667.24736", completeness.MissingUnitCodes); // Xã Quảng Trực sent no 2024 report
        Assert.Contains("67.667", completeness.LateUnitCodes); // Huyện Tuy Đức submitted late
        Assert.Equal(completeness.Expected - completeness.MissingUnitCodes.Count, completeness.Reported);
        Assert.Equal(completeness.Reported - completeness.LateUnitCodes.Count, completeness.OnTime);
    }

    [Fact]
    public async Task Compare_ranks_districts_with_ties_sharing_a_rank_and_missing_units_apart()
    {
        var reports = await DistrictReportsAsync("2024");
        var expected = reports.Where(r => ValueOf(r, "III.3.2.1") is not null)
            .OrderByDescending(r => ValueOf(r, "III.3.2.1")).ThenBy(r => r.UnitCode, StringComparer.Ordinal)
            .Select(r => (r.UnitCode, ValueOf(r, "III.3.2.1")!.Value)).ToList();

        var compared = await server.CallAsync("rv.daknong", Rpc.Compare, new CompareRequest
        {
            PeriodId = "2024", DescendantsOf = "67", Level = UnitLevel.District, IndicatorIds = { "III.3.2.1" },
        });
        var ranking = Assert.Single(compared.Rankings);
        Assert.Equal(expected.Select(e => e.UnitCode), ranking.Entries.Select(e => e.UnitCode));
        Assert.Equal(expected.Select(e => e.Value), ranking.Entries.Select(e => N(e.Number)));
        for (var i = 0; i < ranking.Entries.Count; i++)
        {
            var tieWithPrevious = i > 0 && ranking.Entries[i].Number == ranking.Entries[i - 1].Number;
            Assert.Equal(tieWithPrevious ? ranking.Entries[i - 1].Rank : i + 1, ranking.Entries[i].Rank);
        }
        Assert.Equal(expected[0].Value, N(ranking.Best));
        Assert.Equal(8, ranking.Entries.Count + ranking.MissingUnitCodes.Count);
    }

    [Fact]
    public async Task A_trend_that_names_a_period_twice_is_refused_by_field_not_an_internal_error()
    {
        var error = await Assert.ThrowsAsync<Grpc.Core.RpcException>(() => server.CallAsync("rv.daknong", Rpc.Trend,
            new TrendRequest { UnitCode = "67.660", IndicatorIds = { "I.1" }, PeriodIds = { "2023", "2024", "2023" } }, "en"));
        Assert.Equal(Grpc.Core.StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal(("period_ids[2]", "Period 2023 is given twice."), (error.Detail<Google.Rpc.BadRequest>()!.FieldViolations.Single().Field, error.Detail<Google.Rpc.BadRequest>()!.FieldViolations.Single().Description));
    }

    [Fact]
    public async Task Trend_of_a_unit_has_deltas_between_periods()
    {
        var trend = await server.CallAsync("rv.daknong", Rpc.Trend, new TrendRequest { UnitCode = "67.660", IndicatorIds = { "I.1" }, FromYear = 2023, ToYear = 2024 });
        var points = Assert.Single(trend.Series).Points;
        var own = new List<decimal>();
        foreach (var period in new[] { "2023", "2024" })
        {
            own.Add(ValueOf(await server.CallAsync("admin", Rpc.GetReport, new GetReportRequest { Name = $"reports/67.660/{period}" }), "I.1")!.Value);
        }
        Assert.Equal(own, points.Select(p => N(p.Number)));
        Assert.Equal("", points[0].Delta);
        Assert.Equal(own[1] - own[0], N(points[1].Delta));
    }

    [Fact]
    public async Task Trend_of_the_merged_province_follows_its_lineage_back_to_the_three_old_provinces()
    {
        var trend = await server.CallAsync("admin", Rpc.Trend, new TrendRequest
        {
            UnitCode = "68", IndicatorIds = { "III.3.1.1" }, FromYear = 2023, ToYear = 2024, FollowLineage = true,
        });
        var point2024 = Assert.Single(trend.Series).Points.Single(p => p.PeriodId == "2024");
        Assert.Equal(["60", "67", "68-CU"], point2024.SourceUnitCodes.Order(StringComparer.Ordinal));
        var sum = 0m;
        foreach (var code in point2024.SourceUnitCodes)
        {
            sum += ValueOf(await server.CallAsync("admin", Rpc.GetReport, new GetReportRequest { Name = $"reports/{code}/2024" }), "III.3.1.1")!.Value;
        }
        Assert.Equal(sum, N(point2024.Number));
    }
}
