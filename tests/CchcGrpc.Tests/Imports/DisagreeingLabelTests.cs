using Cchc.V1;
using Outcome = Cchc.V1.BatchResult.Types.Outcome;
using RowStatus = Cchc.V1.RowResult.Types.Status;

namespace CchcGrpc.Tests.Imports;

/// <summary>
/// Issue 12's district report, in small: rows printed with a code some indicator has, under a label
/// that means something else. The code never wins: nothing is written, and each row is listed with
/// its closest indicators and their scores.
/// </summary>
public class DisagreeingLabelTests(ImportServer server) : IClassFixture<ImportServer>
{
    private static ImportRow Row(int line, string code, string label, string unit, string value, string table = "Phụ lục 2 Cải cách thể chế") =>
        new() { SourceLine = line, Indicator = code, Label = label, UnitOfMeasure = unit, RawValue = value, Table = table };

    [Theory]
    [InlineData("appendix")]
    [InlineData("province")]
    public async Task Rows_whose_label_disagrees_with_their_codes_indicator_are_unmapped_and_nothing_is_written(string variant)
    {
        // "1" in a table titled as field II is II.1 "Tổng số VBQPPL do địa phương ban hành" by code; the label says staffing.
        var batch = new ImportBatch { IdempotencyKey = $"disagree-{variant}", UnitCode = "67.661", PeriodId = "2019", Variant = variant };
        batch.Rows.Add(Row(12, "1", "Tổng số biên chế được giao trong năm", "Người", "88"));
        batch.Rows.Add(Row(13, "1.1", "Số nhiệm vụ chưa hoàn thành", "Nhiệm vụ", "3"));
        batch.Rows.Add(Row(14, "2", "Số cuộc kiểm tra CCHC đã thực hiện", "Cuộc", "4", "Phụ lục 1 Công tác chỉ đạo điều hành CCHC"));

        var result = await server.ImportAsync(server.DistrictOperator, batch);

        Assert.Equal(Outcome.Unchanged, result.Batches[0].Outcome);
        Assert.Equal((0, 3), (result.Summary.Imported, result.Summary.Rejected));
        Assert.Null(await server.GetReportAsync(server.DistrictOperator, "reports/67.661/2019"));
        Assert.All(result.Rows, r => Assert.Equal((RowStatus.Unmapped, ""), (r.Status, r.IndicatorId)));
        Assert.Equal([12, 13, 14], result.Rows.Select(r => r.SourceLine));
        // Staffing agrees as well with civil servants as with public employees: listed, not guessed.
        var staffing = result.Rows[0];
        Assert.Equal("Tổng số biên chế được giao trong năm", staffing.SourceLabel);
        Assert.Equal(["IV.2.1", "IV.3.1"], staffing.Candidates.Take(2).Select(c => c.IndicatorId).Order());
        Assert.All(staffing.Candidates.Take(2), c => Assert.Equal(1.0, c.Score));
        Assert.DoesNotContain(staffing.Candidates, c => c.IndicatorId == "II.1");
        Assert.Contains("agrees equally with", staffing.Message, StringComparison.Ordinal);
        // "chưa hoàn thành" is not "đã hoàn thành": the closest is named with a score below acceptance.
        var notDone = result.Rows[1];
        Assert.Equal("I.2.2", notDone.Candidates[0].IndicatorId);
        Assert.True(notDone.Candidates[0].Score < 0.8, notDone.ToString());
        Assert.Contains("agrees with no indicator of catalog 2022.1 closely enough (closest: I.2.2", notDone.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_label_under_its_own_heading_is_mapped_by_meaning_whatever_its_code()
    {
        var batch = new ImportBatch { IdempotencyKey = "district-staffing", UnitCode = "67.661", PeriodId = "2018", Variant = "appendix", DryRun = true, ListMappings = true };
        batch.Rows.Add(Row(20, "II.", "Số liệu về biên chế công chức", "", "", "Phụ lục 1"));
        batch.Rows.Add(Row(21, "1", "Tổng số biên chế được giao trong năm", "Người", "88", "Phụ lục 1"));
        batch.Rows.Add(Row(22, "2", "Tổng số biên chế có mặt tại thời điểm báo cáo", "Người", "85", "Phụ lục 1"));

        var result = await server.ImportAsync(server.DistrictOperator, batch);

        Assert.Equal((2, 0), (result.Summary.Imported, result.Summary.Rejected));
        Assert.Equal(["IV.2", "IV.2.1", "IV.2.2"], result.Mappings.Select(m => m.IndicatorId));
        Assert.Equal(RowMapping.Types.How.Label, result.Mappings[1].How);
        Assert.Equal(("IV", "Số liệu về biên chế công chức"), (result.Mappings[1].Field, result.Mappings[1].ParentLabel));
    }
}
