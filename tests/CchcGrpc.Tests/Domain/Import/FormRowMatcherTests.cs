using CchcGrpc.Server.Domain.Catalog;
using CchcGrpc.Server.Domain.Import;
using CchcGrpc.Tests.Seeds;

namespace CchcGrpc.Tests.Domain.Import;

/// <summary>Every row of both seed appendices maps to exactly one catalog indicator, by code and wording.</summary>
public class FormRowMatcherTests
{
    private static readonly IReadOnlyList<RowMatch> Province = SeedReports.Matches(SeedFiles.ProvinceAnnual2022, "province");
    private static readonly IReadOnlyList<RowMatch> Department = SeedReports.Matches(SeedFiles.DepartmentHalfYear2022, "department");

    [Fact]
    public void Every_province_row_of_Bieu_1_to_7_is_in_the_catalog_by_code_and_wording()
    {
        var indicators = Province.Where(m => m.Kind != RowMatchKind.Section).ToList();

        Assert.Equal(Fields.All, Province.Where(m => m.Kind == RowMatchKind.Section).Select(m => m.Section!.Value));
        Assert.All(indicators, m => Assert.True(m.Kind == RowMatchKind.CodeAndLabel, $"{m.Row.Code} {m.Row.Label}: {m.Kind}"));
        Assert.Equal(137, indicators.Count);
        Assert.Equal(CatalogLoader.Current.Indicators.Where(i => i.Forms.ContainsKey("province")).Select(i => i.Id),
            indicators.Select(m => m.Indicator!.Id));
    }

    [Fact]
    public void Every_department_row_is_in_the_catalog_by_code_and_wording()
    {
        var indicators = Department.Where(m => m.Kind != RowMatchKind.Section).ToList();

        Assert.Equal(7, Department.Count(m => m.Kind == RowMatchKind.Section));
        Assert.All(indicators, m => Assert.True(m.Kind is RowMatchKind.CodeAndLabel or RowMatchKind.Label, $"{m.Row.Code} {m.Row.Label}: {m.Kind}"));
        Assert.Equal(114, indicators.Count);
        Assert.Equal(indicators.Count, indicators.Select(m => m.Indicator!.Id).Distinct().Count());
    }

    [Fact]
    public void The_second_staffing_block_of_Bieu_4_is_told_apart_by_its_heading()
    {
        var bieu4 = Province.Where(m => m.Section == Field.IV && m.Row.Code.StartsWith('2')).Select(m => m.Indicator!.Id);

        Assert.Equal(["IV.2", "IV.2.1", "IV.2.2", "IV.2.3", "IV.2.4", "IV.2.5", "IV.3", "IV.3.1", "IV.3.2", "IV.3.3", "IV.3.4", "IV.3.5"], bieu4);
    }

    [Fact]
    public void The_department_rows_misnumbered_1_1_x_under_1_2_are_told_apart_by_their_wording()
    {
        var rows = Department.Where(m => m.Row.Code.StartsWith("1.1", StringComparison.Ordinal))
            .Select(m => (m.Row.Code, m.Indicator!.Id));

        Assert.Equal([
            ("1.1.", "I.6"), ("1.1.1.", "I.2.1"), ("1.1.2.", "I.2.2"), ("1.1.3.", "I.1"),
            ("1.1.1.", "I.3.1"), ("1.1.2.", "I.3.2"), ("1.1.3.", "I.3.3.1"), ("1.1.4.", "I.3.3.2"),
        ], rows);
    }

    [Fact]
    public void Uncoded_Trong_do_rows_are_placed_under_the_coded_row_above()
    {
        var under313 = Department.SkipWhile(m => m.Row.Code != "3.1.3.").Skip(1).Take(3);

        Assert.All(under313, m => Assert.Equal(RowMatchKind.Label, m.Kind));
        Assert.Equal(["III.1.4.1", "III.1.4.2", "III.1.4.3"], under313.Select(m => m.Indicator!.Id));
    }

    [Fact]
    public void Wording_is_compared_without_markup_case_accents_punctuation_or_abbreviations()
    {
        Assert.Equal(LabelText.Fold("so dvsncl thuoc ubnd tinh"), LabelText.Fold("<i>Số ĐVSNCL thuộc UBND tỉnh</i>"));
        Assert.Equal(LabelText.Fold("Số TTHC cấp tỉnh"), LabelText.Fold("Số  TTHC cấp tỉnh:"));
        Assert.Equal(LabelText.Words("Tỷ lệ thủ tục hành chính"), LabelText.Words("Tỉ lệ TTHC"));
        Assert.Equal("Số TTHC cấp tỉnh", LabelText.WithoutAsides("Số TTHC cấp tỉnh (Bao gồm cả TTHC của cơ quan ngành dọc)").Trim());
    }
}
