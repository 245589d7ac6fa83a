using Cchc.V1;
using RowStatus = Cchc.V1.RowResult.Types.Status;

namespace CchcGrpc.Tests.Imports;

/// <summary>
/// A commune has no form of its own: its rows are read against every form's labels, and a row that
/// counts units above a commune (the province's departments, its districts) is flagged and not stored.
/// </summary>
public class LevelScopeImportTests(ImportServer server) : IClassFixture<ImportServer>
{
    [Fact]
    public async Task A_commune_keeps_its_own_rows_and_the_rows_counting_departments_or_districts_are_flagged_not_stored()
    {
        var batch = new ImportBatch { IdempotencyKey = "commune-2022", UnitCode = "67.661.24616", PeriodId = "2022", Variant = "appendix" };
        (int, string, string, string)[] rows =
        [
            (5, "1", "Số văn bản chỉ đạo CCHC đã ban hành", "4"),
            (6, "2", "Số sở, ngành đã kiểm tra", "2"),
            (7, "3", "Số UBND cấp huyện đã kiểm tra", "1"),
            (8, "4", "Số TTHC liên thông cùng cấp", "12"),
            // The department form's own row, worded as it prints it: found among every form's labels.
            (9, "5", "Số lượng phiếu khảo sát", "40"),
        ];
        foreach (var (line, code, label, value) in rows)
        {
            batch.Rows.Add(new ImportRow { SourceLine = line, Indicator = code, Label = label, RawValue = value, Table = "Phụ lục" });
        }

        var result = await server.ImportAsync(server.CommuneOperator, batch);

        var stored = (await server.GetReportAsync(server.CommuneOperator, "reports/67.661.24616/2022"))!.Values.ToDictionary(v => v.IndicatorId);
        Assert.Equal(["I.1", "III.2.1"], stored.Keys.Where(k => !stored[k].Derived).Order());
        Assert.Equal(
            [(6, RowStatus.Rejected, "I.3.1"), (7, RowStatus.Rejected, "I.3.2"), (9, RowStatus.Rejected, "I.7.1")],
            result.Rows.Select(r => (r.SourceLine, r.Status, r.IndicatorId)));
        Assert.Contains("counts sở, ngành, which a commune does not have", result.Rows[0].Message, StringComparison.Ordinal);
        Assert.Contains("counts UBND cấp huyện, which a commune does not have", result.Rows[1].Message, StringComparison.Ordinal);
        Assert.Contains("I.7.1 does not apply to a commune", result.Rows[2].Message, StringComparison.Ordinal);
    }
}
