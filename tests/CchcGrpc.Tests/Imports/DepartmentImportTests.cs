using Cchc.V1;
using CchcGrpc.Tests.Seeds;
using Outcome = Cchc.V1.BatchResult.Types.Outcome;
using RowStatus = Cchc.V1.RowResult.Types.Status;

namespace CchcGrpc.Tests.Imports;

/// <summary>The 6-month 2022 department report (seed 004) imported for Sở Khoa học và Công nghệ as the department form prints it.</summary>
public class DepartmentImportTests(ImportServer server) : IClassFixture<ImportServer>
{
    [Fact]
    public async Task The_misnumbered_1_1_x_rows_are_placed_by_their_wording_and_words_in_a_number_cell_are_kept_with_a_warning()
    {
        var result = await server.ImportAsync(server.DepartmentOperator,
            SeedBatches.From(SeedFiles.DepartmentHalfYear2022, "department", "67.SKHCN", "2022-H1", "004-appendix"));

        Assert.Equal(Outcome.Applied, result.Batches[0].Outcome);
        Assert.Equal(0, result.Summary.Rejected);
        var stored = (await server.GetReportAsync(server.DepartmentOperator, "reports/67.SKHCN/2022-H1"))!.Values.ToDictionary(v => v.IndicatorId);
        // Under 1.2 the form numbers its rows 1.1.1–1.1.4 again; the wording says they are I.3.x.
        var matches = SeedReports.Matches(SeedFiles.DepartmentHalfYear2022, "department");
        foreach (var (code, id) in new[] { ("1.1.1.", "I.2.1"), ("1.1.2.", "I.2.2"), ("1.1.1.", "I.3.1"), ("1.1.2.", "I.3.2"), ("1.1.3.", "I.3.3.1"), ("1.1.4.", "I.3.3.2") })
        {
            var row = matches.Single(m => m.Indicator?.Id == id).Row;
            Assert.Equal(code, row.Code);
            Assert.Equal(row.Value, stored[id].RawText);
        }

        var words = Assert.Single(result.Rows, r => r.Status == RowStatus.Warning && r.Message.Contains("Đang triển khai 06"));
        var kept = stored[words.IndicatorId];
        Assert.Equal("1.1.2.", words.SourceCode);
        Assert.Equal((ValueState.NotReported, "Đang triển khai 06", "Đang triển khai 06", "Tiếp tục triển khai"), (kept.State, kept.Text, kept.RawText, kept.Note));
        Assert.Equal("", kept.Number);
    }
}
