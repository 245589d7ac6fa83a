using Cchc.V1;
using CchcGrpc.Server.Domain.Catalog;
using CchcGrpc.Tests.Seeds;
using Outcome = Cchc.V1.BatchResult.Types.Outcome;
using RowStatus = Cchc.V1.RowResult.Types.Status;

namespace CchcGrpc.Tests.Imports;

/// <summary>The Đắk Nông 2022 appendix (seed 000) imported over the wire as the province form prints it.</summary>
public class ProvinceImportTests(ImportServer server) : IClassFixture<ImportServer>
{
    private static ImportBatch Appendix(string key) => SeedBatches.From(SeedFiles.ProvinceAnnual2022, "province", "67", "2022", key);

    [Fact]
    public async Task Every_value_is_stored_as_written_and_the_real_errors_are_reported_and_a_second_import_changes_nothing()
    {
        var first = await server.ImportAsync(server.ProvinceOperator, Appendix("000-appendix-1"));

        var batch = Assert.Single(first.Batches);
        Assert.Equal(Outcome.Applied, batch.Outcome);
        Assert.Equal("reports/67/2022", batch.ReportName);
        var stored = (await server.GetReportAsync(server.ProvinceOperator, "reports/67/2022"))!;
        Assert.Equal(batch.Revision, stored.Revision);
        var byId = stored.Values.ToDictionary(v => v.IndicatorId);
        var valueRows = SeedReports.Matches(SeedFiles.ProvinceAnnual2022, "province")
            .Where(m => m.Indicator is { Type: not IndicatorType.Group }).ToList();
        Assert.Equal(valueRows.Count, first.Summary.Imported);
        Assert.All(valueRows.Where(m => m.Indicator!.Id != "II.1"), m => Assert.Equal(m.Row.Value, byId[m.Indicator!.Id].RawText));
        Assert.Equal("1909", byId["III.1.4"].Number);          // 1.909 procedures
        Assert.Equal("99.73", byId["III.3.1"].Number);         // 99,73%
        Assert.Equal("2584631", byId["VI.1.1"].Number);        // 2.584.631 "Tỷ đồng", really Triệu đồng
        Assert.Equal(("42.95", ""), (byId["VII.6.4.2"].RawText, byId["VII.6.4.2"].Number)); // ambiguous: not guessed
        Assert.True(byId["II.1"].Derived);                      // left empty, derived from its parts
        Assert.Equal("54", byId["II.1"].Number);

        Assert.Equal(0, first.Summary.Rejected);
        var warning = Assert.Single(first.Rows);
        Assert.Equal((RowStatus.Warning, "VII.6.4.2", "6.4.2"), (warning.Status, warning.IndicatorId, warning.SourceCode));
        var findings = Assert.Single(first.Findings).Findings;
        Assert.Equal(
            new[] { "II.3.2.formula/II.3.2", "VI.2.4.formula/VI.2.4", "VII.R8/VII.6.3.1", "cell.ambiguous/VII.6.4.2", "cell.plausible/VI.1.1", "cell.plausible/VI.1.2" }.Order(),
            findings.Select(f => $"{f.RuleId}/{f.IndicatorIds[0]}").Order());
        var percent = findings.Single(f => f.RuleId == "II.3.2.formula");
        Assert.Contains("Số liệu nhập: 100%; tính từ các chỉ tiêu thành phần: 14,58%", percent.Message);
        Assert.Equal("3.2", percent.IndicatorCodes[0]);       // as the source numbered it
        // …and the lines the values are on (the batch's rows are numbered 1, 2, … in the order printed).
        var lines = SeedAppendix.Rows(SeedFiles.ProvinceAnnual2022).Select((r, i) => (r, Line: i + 1)).ToList();
        Assert.Equal(lines.Single(x => x.r.Code == "3.2" && x.r.Label.StartsWith("Tỷ lệ xử lý VBQPPL sau rà soát", StringComparison.Ordinal)).Line, percent.SourceLines[0]);
        Assert.Equal(percent.IndicatorIds.Count, percent.SourceLines.Count);
        Assert.All(percent.SourceLines, l => Assert.True(l > 0));

        var again = await server.ImportAsync(server.ProvinceOperator, Appendix("000-appendix-2"));

        Assert.Equal((Outcome.Unchanged, batch.Revision), (again.Batches[0].Outcome, again.Batches[0].Revision));
        Assert.Equal((0, 0, valueRows.Count), (again.Summary.Imported, again.Summary.Updated, again.Summary.Unchanged));
        Assert.Equal(stored.Revision, (await server.GetReportAsync(server.ProvinceOperator, "reports/67/2022"))!.Revision);

        var replay = await server.ImportAsync(server.ProvinceOperator, Appendix("000-appendix-1"));

        Assert.Equal((Outcome.Replayed, batch.Revision, valueRows.Count), (replay.Batches[0].Outcome, replay.Batches[0].Revision, replay.Batches[0].Imported));
        Assert.Equal((1, 0, 0), (replay.Summary.ReplayedBatches, replay.Summary.Imported, replay.Summary.Unchanged));
        Assert.Empty(replay.Rows);
    }

    [Fact]
    public async Task A_dry_run_maps_and_validates_and_writes_nothing()
    {
        var batch = SeedBatches.From(SeedFiles.ProvinceAnnual2022, "province", "67", "2021", "000-as-2021-dry");
        batch.DryRun = true;

        var result = await server.ImportAsync(server.ProvinceOperator, batch);

        Assert.Equal((Outcome.DryRun, 0L), (result.Batches[0].Outcome, result.Batches[0].Revision));
        Assert.True(result.Summary.DryRun);
        Assert.Equal(6, result.Findings[0].Findings.Count);
        Assert.Null(await server.GetReportAsync(server.ProvinceOperator, "reports/67/2021"));
        batch.DryRun = false;
        Assert.Equal(Outcome.Applied, (await server.ImportAsync(server.ProvinceOperator, batch)).Batches[0].Outcome); // the key was not spent
    }

    [Fact]
    public async Task An_approved_report_is_not_imported_into_and_the_next_batch_still_is()
    {
        var approved = SeedBatches.From(SeedFiles.ProvinceAnnual2022, "province", "67", "2023", "000-into-approved-2023");
        var before = (await server.GetReportAsync(server.ProvinceOperator, "reports/67/2023"))!;

        var result = await server.ImportAsync(server.ProvinceOperator, approved, SeedBatches.From(SeedFiles.ProvinceAnnual2022, "province", "67", "2020", "000-as-2020"));

        Assert.Equal(ReportStatus.Approved, before.Status);
        Assert.Equal(Outcome.Rejected, result.Batches[0].Outcome);
        Assert.Contains("approved", result.Batches[0].Message);
        Assert.Equal(before.Revision, (await server.GetReportAsync(server.ProvinceOperator, "reports/67/2023"))!.Revision);
        Assert.Equal(Outcome.Applied, result.Batches[1].Outcome);
        Assert.Equal(approved.Rows.Count, result.Summary.Rejected);
    }
}
