using CchcGrpc.Server.Domain.Catalog;
using CchcGrpc.Server.Domain.Numbers;
using CchcGrpc.Server.Domain.Reports;
using CchcGrpc.Server.Domain.Units;
using CchcGrpc.Server.Domain.Validation;
using CchcGrpc.Server.Reporting;
using CchcGrpc.Server.Reporting.Imports;
using CchcGrpc.Tests.Seeds;

namespace CchcGrpc.Tests.Imports;

/// <summary>
/// The import plans each report with MergeAndValidate, which reads every entered cell once; an edit
/// merges and validates in two steps. On the real appendices both give the same values and findings.
/// </summary>
public class MergeAndValidateTests
{
    // Read as the import reads them: words in a number cell are kept as text, not dropped.
    private static List<ReportValue> Entered(IReadOnlyDictionary<string, CellValue> cells) =>
        [.. cells.Select(c => ImportValueReader.Read(CatalogLoader.Current[c.Key], new Cchc.V1.ImportRow { RawValue = c.Value.Raw }).Value).OfType<ReportValue>()];

    private static List<string> Described(IEnumerable<Finding> findings) =>
        [.. findings.Select(f => $"{f.CheckId} {string.Join(",", f.IndicatorIds)} {f.Message}")];

    [Theory]
    [InlineData(UnitLevel.Province)]
    [InlineData(UnitLevel.Department)]
    public void A_seed_appendix_merged_into_an_empty_report_gives_what_the_two_steps_give(UnitLevel level)
    {
        var values = Entered(level == UnitLevel.Province ? SeedReports.Province2022 : SeedReports.Department2022);

        var merged = ReportContent.Merge(CatalogLoader.Current, level, [], values);
        var validated = ReportContent.Validate(CatalogLoader.Current, level, merged);
        var together = ReportContent.MergeAndValidate(CatalogLoader.Current, level, [], values);

        Assert.Equal(merged, together.Values);
        Assert.NotEmpty(validated.Findings);
        Assert.Equal(Described(validated.Findings), Described(together.Validation.Findings));
    }

    [Fact]
    public void Changing_parts_of_derived_values_in_a_stored_report_gives_what_the_two_steps_give()
    {
        var level = UnitLevel.Province;
        var stored = ReportContent.Merge(CatalogLoader.Current, level, [], Entered(SeedReports.Province2022));
        // Every other entered value cleared: derived values built on them go stale or change.
        var changes = stored.Where(v => !v.Derived).Where((_, i) => i % 2 == 0).Select(v => ReportValue.NotReported(v.IndicatorId)).ToList();
        Assert.Contains(stored, v => v.Derived);

        var merged = ReportContent.Merge(CatalogLoader.Current, level, stored, changes);
        var validated = ReportContent.Validate(CatalogLoader.Current, level, merged);
        var together = ReportContent.MergeAndValidate(CatalogLoader.Current, level, stored, changes);

        Assert.Equal(merged, together.Values);
        Assert.Equal(Described(validated.Findings), Described(together.Validation.Findings));
    }
}
