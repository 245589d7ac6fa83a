using CchcGrpc.Client.Import;
using CchcGrpc.Tests.Seeds;

namespace CchcGrpc.Tests.Cli;

/// <summary>Batches of one report each, with keys a re-run after a dropped link sends again unchanged.</summary>
public sealed class BatchPlannerTests
{
    private const string Csv = "unit,period,indicator,value,note\n"
        + "67,2022,I.1,15,\n67.SNV,2022-H1,I.1,/,\n67,2022,I.2,100%,\n67,2022,I.2.1,56,\n";

    [Fact]
    public void Rows_are_grouped_by_report_in_order_of_first_appearance_and_split_by_batch_size()
    {
        var batches = BatchPlanner.Plan(ImportSource.Parse("v.csv", Csv, ImportFormat.Auto), "", "", batchSize: 2, dryRun: true);
        Assert.Equal([("67", "2022", 2), ("67", "2022", 1), ("67.SNV", "2022-H1", 1)],
            batches.Select(b => (b.UnitCode, b.PeriodId, b.Rows.Count)));
        Assert.Equal([2, 4], batches[0].Rows.Select(r => r.SourceLine));
        Assert.All(batches, b => Assert.True(b.DryRun));
        Assert.All(batches, b => Assert.Equal("", b.Variant));
    }

    [Fact]
    public void Idempotency_keys_are_the_same_on_a_rerun_and_differ_between_batches_and_contents()
    {
        var first = BatchPlanner.Plan(ImportSource.Parse("v.csv", Csv, ImportFormat.Auto), "", "", 2, false);
        var again = BatchPlanner.Plan(ImportSource.Parse("copy.csv", Csv, ImportFormat.Auto), "", "", 2, false);
        var edited = BatchPlanner.Plan(ImportSource.Parse("v.csv", Csv.Replace("I.1,15", "I.1,16"), ImportFormat.Auto), "", "", 2, false);
        Assert.Equal(first.Select(b => b.IdempotencyKey), again.Select(b => b.IdempotencyKey));
        Assert.Equal(3, first.Select(b => b.IdempotencyKey).Distinct().Count());
        Assert.Empty(first.Select(b => b.IdempotencyKey).Intersect(edited.Select(b => b.IdempotencyKey)));
    }

    [Fact]
    public void The_province_appendix_becomes_one_batch_for_the_unit_and_period_given()
    {
        var source = ImportSource.Parse(SeedFiles.ProvinceAnnual2022, File.ReadAllText(SeedFiles.PathOf(SeedFiles.ProvinceAnnual2022)), ImportFormat.Auto);
        var batch = Assert.Single(BatchPlanner.Plan(source, "67", "2022", BatchPlanner.DefaultBatchSize, false));
        Assert.Equal(("67", "2022", "appendix", 144), (batch.UnitCode, batch.PeriodId, batch.Variant, batch.Rows.Count));
        var row = Assert.Single(batch.Rows, r => r.Table.StartsWith("Biểu 3 ", StringComparison.Ordinal) && r.Indicator == "3.1.");
        Assert.Equal(("99,73%", "%", "Tỷ lệ hồ sơ TTHC do các sở, ngành tiếp nhận được giải quyết đúng hạn"), (row.RawValue, row.UnitOfMeasure, row.Label));
    }

    [Fact]
    public void A_row_without_unit_or_period_is_an_error_at_its_line()
    {
        var source = ImportSource.Parse("v.csv", "unit,period,indicator,value\n67,2022,I.1,15\n,2022,I.2,1\n", ImportFormat.Auto);
        var error = Assert.Throws<SourceFormatException>(() => BatchPlanner.Plan(source, "", "", 10, false));
        Assert.Equal(3, error.Line);
        Assert.Equal(2, BatchPlanner.Plan(source, "67.SNV", "", 10, false).Sum(b => b.Rows.Count));
    }

    [Theory]
    [InlineData(BatchPlanner.MaxOpenReports, 2)]      // every report's rows gathered in one batch
    [InlineData(BatchPlanner.MaxOpenReports + 1, 1)]  // one report too many: each goes quiet before it comes back, and is sent
    public void Rows_are_batched_as_they_are_read_and_at_most_MaxOpenReports_reports_are_held(int reports, int rowsPerBatch)
    {
        // Each report's two rows are a whole pass over the reports apart.
        var csv = new System.Text.StringBuilder("unit,period,indicator,value\n");
        for (var pass = 0; pass < 2; pass++)
        {
            for (var n = 0; n < reports; n++) csv.Append(System.Globalization.CultureInfo.InvariantCulture, $"67,{2000 + n},I.{pass + 1},{n}\n");
        }
        var batches = BatchPlanner.Stream(ImportSource.Parse("v.csv", csv.ToString(), ImportFormat.Auto), new BatchOptions("", "", 1000, true)).ToList();

        Assert.All(batches, b => Assert.Equal(rowsPerBatch, b.Rows.Count));
        Assert.Equal(reports * 2, batches.Sum(b => b.Rows.Count));
        Assert.Equal(batches.Count, batches.Select(b => b.IdempotencyKey).Distinct().Count());
    }

    [Fact]
    public void A_map_file_is_part_of_the_keys_another_map_being_another_import()
    {
        var source = ImportSource.Parse("v.csv", Csv, ImportFormat.Auto);
        var plain = BatchPlanner.Stream(source, new BatchOptions("", "", 2, false)).Select(b => b.IdempotencyKey);
        var mapped = BatchPlanner.Stream(source, new BatchOptions("", "", 2, false, MapHash: "0123abcd")).Select(b => b.IdempotencyKey);
        Assert.Empty(plain.Intersect(mapped));
    }
}
