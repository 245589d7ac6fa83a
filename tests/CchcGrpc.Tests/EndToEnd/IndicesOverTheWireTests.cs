using Cchc.V1;
using CchcGrpc.Tests.Seeds;
using Grpc.Core;

namespace CchcGrpc.Tests.EndToEnd;

/// <summary>cchc.v1.Indices over the real wire: the demo results (marked demo), import, comparison, trend, and seed 002's criterion plans.</summary>
public sealed class IndicesOverTheWireTests(ReportingServer server) : IClassFixture<ReportingServer>
{
    [Fact]
    public async Task A_PAR_INDEX_result_has_its_criteria_with_max_self_assessed_and_appraised_points()
    {
        var result = await server.CallAsync("rv.daknong", PlanRpc.GetIndexResult, new GetIndexResultRequest { Kind = IndexKind.ParIndex, UnitCode = "67", Year = 2024 });
        Assert.True(result.Demo);
        Assert.Contains("demo", result.Source, StringComparison.Ordinal);
        Assert.Equal((31, 63), (result.Rank, result.PeerCount));
        Assert.Equal(["I", "II", "III", "IV", "V", "VI", "VII", "VIII"], result.Components.Select(c => c.Code));
        Assert.Equal(100m, result.Components.Sum(c => decimal.Parse(c.MaxPoints, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(decimal.Parse(result.Total, System.Globalization.CultureInfo.InvariantCulture), result.Components.Sum(c => decimal.Parse(c.Appraised, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.All(result.Components, c => Assert.True(decimal.Parse(c.Appraised, System.Globalization.CultureInfo.InvariantCulture) <= decimal.Parse(c.SelfAssessed, System.Globalization.CultureInfo.InvariantCulture)));
        var masked = await server.CallAsync("rv.daknong", PlanRpc.GetIndexResult, new GetIndexResultRequest { Kind = IndexKind.ParIndex, UnitCode = "67", Year = 2024, ReadMask = new() { Paths = { "total", "rank" } } });
        Assert.Equal((result.Total, 31, 0, ""), (masked.Total, masked.Rank, masked.Components.Count, masked.Source));
    }

    [Fact]
    public async Task Trend_follows_a_unit_over_years_and_compare_ranks_its_departments()
    {
        var trend = await server.CallAsync("rv.daknong", PlanRpc.TrendIndex, new TrendIndexRequest { Kind = IndexKind.ParIndex, UnitCode = "67", FromYear = 2022, ToYear = 2024 });
        Assert.Equal([2022, 2023, 2024], trend.Points.Select(p => p.Year));
        Assert.Equal([45, 38, 31], trend.Points.Select(p => p.Rank));
        Assert.Equal([false, true, true], trend.Points.Select(p => p.HasRankDelta));
        Assert.Equal([0, 7, 7], trend.Points.Select(p => p.RankDelta));
        Assert.Equal("", trend.Points[0].TotalDelta);
        var papi = await server.CallAsync("rv.daknong", PlanRpc.TrendIndex, new TrendIndexRequest { Kind = IndexKind.Papi, UnitCode = "67" });
        Assert.Equal(["0.7", "0.5"], papi.Points.Skip(1).Select(p => p.TotalDelta));

        var compare = await server.CallAsync("rv.daknong", PlanRpc.CompareIndex, new CompareIndexRequest { Kind = IndexKind.ParIndex, Year = 2024, DescendantsOf = "67", Level = UnitLevel.Department });
        Assert.Equal(8, compare.Standings.Count);
        Assert.Equal(11, compare.Missing.Count); // 19 departments, 8 with a demo result
        Assert.Equal(Enumerable.Range(1, 8), compare.Standings.Select(s => s.Position));
        Assert.Equal(compare.Standings.Select(s => s.Position), compare.Standings.Select(s => s.PublishedRank));
        Assert.All(compare.Standings, s => Assert.True(s.Demo && s.UnitName.Length > 0));
        var list = await server.CallAsync("rv.daknong", PlanRpc.ListIndexResults, new ListIndexResultsRequest { Kind = IndexKind.ParIndex, UnitCode = "67", IncludeSubtree = true, PageSize = 5 });
        Assert.Equal((11, 5), (list.TotalSize, list.Results.Count));
        Assert.All(list.Results, r => Assert.Empty(r.Components));
        var next = await server.CallAsync("rv.daknong", PlanRpc.ListIndexResults, new ListIndexResultsRequest { Kind = IndexKind.ParIndex, UnitCode = "67", IncludeSubtree = true, PageSize = 5, PageToken = list.NextPageToken });
        Assert.Empty(next.Results.Select(r => (r.UnitCode, r.Year)).Intersect(list.Results.Select(r => (r.UnitCode, r.Year))));
    }

    [Fact]
    public async Task Results_are_imported_all_or_nothing_and_the_same_again_is_unchanged()
    {
        var pci = new IndexResult { Kind = IndexKind.Pci, UnitCode = "67.660", Year = 2025, Total = "61.5", Source = "Thử nghiệm: kết quả nhập qua API" };
        var first = await server.CallAsync("admin", PlanRpc.ImportIndexResults, new ImportIndexResultsRequest { Results = { pci } });
        Assert.Equal([ImportOutcome.Created], first.Outcomes);
        var again = await server.CallAsync("admin", PlanRpc.ImportIndexResults, new ImportIndexResultsRequest { Results = { pci } });
        Assert.Equal([ImportOutcome.Unchanged], again.Outcomes);
        var twice = await Assert.ThrowsAsync<RpcException>(() => server.CallAsync("admin", PlanRpc.ImportIndexResults,
            new ImportIndexResultsRequest { ValidateOnly = true, Results = { pci, new IndexResult(pci) { Total = "61.50" } } }, "en"));
        Assert.Contains("PCI 67.660 2025 is given twice", twice.Detail<Google.Rpc.BadRequest>()!.FieldViolations.Single().Description, StringComparison.Ordinal);
        var dryRun = await server.CallAsync("admin", PlanRpc.ImportIndexResults, new ImportIndexResultsRequest { ValidateOnly = true, Results = { new IndexResult(pci) { Total = "61.50" }, new IndexResult(pci) { Year = 2026 } } });
        Assert.Equal([ImportOutcome.Unchanged, ImportOutcome.Created], dryRun.Outcomes);
        var bad = new IndexResult { Kind = IndexKind.Papi, UnitCode = "67.660", Year = 2025, Total = "44,1", Rank = 70, PeerCount = 63, Source = "" };
        var good = new IndexResult { Kind = IndexKind.Sipas, UnitCode = "67.660", Year = 2025, Total = "80", Source = "Thử nghiệm" };
        var error = await Assert.ThrowsAsync<RpcException>(() => server.CallAsync("admin", PlanRpc.ImportIndexResults, new ImportIndexResultsRequest { Results = { good, bad } }, "en"));
        Assert.Equal((StatusCode.InvalidArgument, "VALUE_INVALID"), (error.StatusCode, error.Reason()));
        Assert.Equal(["results[1].total", "results[1].rank", "results[1].source"], error.Detail<Google.Rpc.BadRequest>()!.FieldViolations.Select(v => v.Field));
        var none = await Assert.ThrowsAsync<RpcException>(() => server.CallAsync("admin", PlanRpc.GetIndexResult, new GetIndexResultRequest { Kind = IndexKind.Sipas, UnitCode = "67.660", Year = 2025 }));
        Assert.Equal((StatusCode.NotFound, "INDEX_RESULT_NOT_FOUND"), (none.StatusCode, none.Reason()));
    }

    [Fact]
    public async Task Seed_002s_criterion_plans_are_imported_and_read_back()
    {
        var text = File.ReadAllText(SeedFiles.PathOf(SeedFiles.OfficeIndexReport2020));
        var imported = await server.CallAsync("rv.daknong", PlanRpc.ImportCriterionPlan, new ImportCriterionPlanRequest { UnitCode = "67.VP", Year = 2020, Text = text });
        Assert.Equal([IndexKind.Papi, IndexKind.ParIndex], imported.Plans.Select(p => p.Kind));
        Assert.Equal([ImportOutcome.Created, ImportOutcome.Created], imported.Outcomes);
        Assert.Empty(imported.Unparsed);
        Assert.Equal(5, imported.Notes.Count);
        var again = await server.CallAsync("rv.daknong", PlanRpc.ImportCriterionPlan, new ImportCriterionPlanRequest { UnitCode = "67.VP", Year = 2020, Text = text });
        Assert.Equal([ImportOutcome.Unchanged, ImportOutcome.Unchanged], again.Outcomes);
        var dry = await server.CallAsync("rv.daknong", PlanRpc.ImportCriterionPlan, new ImportCriterionPlanRequest { UnitCode = "67.VP", Year = 2020, Text = text.Replace("Đang triển khai.", "Đã triển khai.", StringComparison.Ordinal), ValidateOnly = true });
        Assert.Equal([ImportOutcome.Revised, ImportOutcome.Unchanged], dry.Outcomes);
        var par = await server.CallAsync("rv.daknong", PlanRpc.GetCriterionPlan, new GetCriterionPlanRequest { Kind = IndexKind.ParIndex, UnitCode = "67.VP", Year = 2020 });
        Assert.Equal(15, par.Criteria.Count);
        Assert.Equal(12, par.Criteria.Sum(c => c.Tasks.Count));
        Assert.Equal("1.2", par.Criteria.Single(c => c.Code == "1.2.4").ParentCode);
        var papi = await server.CallAsync("rv.daknong", PlanRpc.GetCriterionPlan, new GetCriterionPlanRequest { Kind = IndexKind.Papi, UnitCode = "67.VP", Year = 2020 });
        Assert.Equal([1, 2, 5], papi.Criteria.Select(c => c.Tasks.Count));
    }

    [Fact]
    public async Task A_criterion_scored_above_its_maximum_is_named_in_the_message_and_nothing_is_written()
    {
        var sipas = new IndexResult { Kind = IndexKind.Sipas, UnitCode = "67.SNV", Year = 2025, Total = "82.5", Rank = 2, PeerCount = 19, Demo = true };
        var par = new IndexResult
        {
            Kind = IndexKind.ParIndex, UnitCode = "67.STP", Year = 2025, Total = "80", Rank = 10, PeerCount = 19, Demo = true,
            Components = { new IndexComponent { Code = "I", Name = "Công tác chỉ đạo, điều hành CCHC", MaxPoints = "9", SelfAssessed = "9.5", Appraised = "7.5" } },
        };
        var error = await Assert.ThrowsAsync<RpcException>(() => server.CallAsync("admin", PlanRpc.ImportIndexResults, new ImportIndexResultsRequest { Results = { sipas, par } }));
        Assert.Equal((StatusCode.InvalidArgument, "VALUE_INVALID"), (error.StatusCode, error.Reason()));
        // `cchc` prints the localized message alone: it must say which criterion and both numbers, in Vietnamese number format.
        var message = error.Detail<Google.Rpc.LocalizedMessage>()!.Message;
        Assert.Equal("1 lỗi trong kết quả chỉ số; không có gì được ghi: results[1].components[0].self_assessed: Tiêu chí I: điểm 9,5 ngoài khoảng 0–9.", message);
        var english = await Assert.ThrowsAsync<RpcException>(() => server.CallAsync("admin", PlanRpc.ImportIndexResults, new ImportIndexResultsRequest { Results = { sipas, par } }, "en"));
        Assert.EndsWith("results[1].components[0].self_assessed: Criterion I: score 9.5 is outside 0–9.", english.Detail<Google.Rpc.LocalizedMessage>()!.Message, StringComparison.Ordinal);
        // All or nothing: the valid SIPAS result beside it was not stored either.
        var none = await Assert.ThrowsAsync<RpcException>(() => server.CallAsync("admin", PlanRpc.GetIndexResult, new GetIndexResultRequest { Kind = IndexKind.Sipas, UnitCode = "67.SNV", Year = 2025 }));
        Assert.Equal((StatusCode.NotFound, "INDEX_RESULT_NOT_FOUND"), (none.StatusCode, none.Reason()));
    }

    [Fact]
    public async Task Seed_002_without_a_year_takes_the_year_its_title_names()
    {
        // "Kết quả thực hiện công tác CCHC, PAPI, PAR INDEX năm 2020": the PAPI table's heading names no year.
        var text = File.ReadAllText(SeedFiles.PathOf(SeedFiles.OfficeIndexReport2020));
        var dry = await server.CallAsync("rv.daknong", PlanRpc.ImportCriterionPlan, new ImportCriterionPlanRequest { UnitCode = "67.SNV", Text = text, ValidateOnly = true });
        Assert.Equal([(IndexKind.Papi, 2020), (IndexKind.ParIndex, 2020)], dry.Plans.Select(p => (p.Kind, p.Year)));
        // Without a title year and a table heading without one, the caller is asked for it.
        var untitled = text.Replace("PAPI, PAR INDEX năm 2020", "PAPI, PAR INDEX", StringComparison.Ordinal);
        var error = await Assert.ThrowsAsync<RpcException>(() => server.CallAsync("rv.daknong", PlanRpc.ImportCriterionPlan, new ImportCriterionPlanRequest { UnitCode = "67.SNV", Text = untitled, ValidateOnly = true }, "en"));
        Assert.Equal("year", error.Detail<Google.Rpc.BadRequest>()!.FieldViolations.Single().Field);
    }

    [Fact]
    public async Task Across_the_2025_merger_a_trend_takes_the_predecessors_results_without_summing_them()
    {
        var lamDong = new IndexResult { Kind = IndexKind.ParIndex, UnitCode = "68", Year = 2025, Total = "86.2", Rank = 12, PeerCount = 34, Demo = true };
        await server.CallAsync("admin", PlanRpc.ImportIndexResults, new ImportIndexResultsRequest { Results = { lamDong } });
        var own = await server.CallAsync("admin", PlanRpc.TrendIndex, new TrendIndexRequest { Kind = IndexKind.ParIndex, UnitCode = "68" });
        Assert.Equal([2025], own.Points.Select(p => p.Year));
        var followed = await server.CallAsync("admin", PlanRpc.TrendIndex, new TrendIndexRequest { Kind = IndexKind.ParIndex, UnitCode = "68", FollowLineage = true });
        Assert.Equal([(2022, "67"), (2023, "67"), (2024, "67"), (2025, "68")], followed.Points.Select(p => (p.Year, p.UnitCode)));
        Assert.Equal([false, true, true, false], followed.Points.Select(p => p.HasRankDelta)); // 63 provinces then, 34 now: no delta across units
        Assert.Equal("", followed.Points[3].TotalDelta);
    }
}
