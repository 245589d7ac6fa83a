using CchcGrpc.Server.Domain.Catalog;
using CchcGrpc.Server.Domain.Numbers;
using CchcGrpc.Server.Domain.Validation;
using CchcGrpc.Tests.Seeds;

using CchcGrpc.Server.Domain.Units;

namespace CchcGrpc.Tests.Domain.Validation;

/// <summary>The Sở KH&amp;CN Ninh Thuận 6-month 2022 appendix (department variant), validated.</summary>
public class DepartmentReport2022Tests
{
    private static readonly IReadOnlyDictionary<string, CellValue> Values = SeedReports.Department2022;
    private static readonly ValidationResult Result = new ReportValidator(CatalogLoader.Current).Validate(UnitLevel.Department, Values);

    [Fact]
    public void Row_1_1_2_holds_text_where_a_number_belongs_and_the_number_is_offered_not_used()
    {
        var finding = Assert.Single(Result.About("I.2.2"));

        Assert.Equal((CheckIds.Text, FindingKind.TextInNumberCell, Severity.Error), (finding.CheckId, finding.Kind, finding.Severity));
        Assert.Equal("Đang triển khai 06", finding.Raw);
        Assert.Contains("I.2.2 [dòng 1.1.2 trên biểu]", finding.Message);
        Assert.Contains("Ô có số 6", finding.Message);
        Assert.Equal(6m, Values["I.2.2"].NumberInText);
        Assert.Null(Values["I.2.2"].Value);
    }

    [Fact]
    public void The_rows_numbered_1_1_x_under_1_2_land_under_Kiem_tra_not_over_the_plan_rows()
    {
        // Printed 1.1.1 twice: once "Số nhiệm vụ đề ra" = 06, once "Số sở, ngành đã kiểm tra" = /.
        Assert.Equal(6m, Values["I.2.1"].Value);
        Assert.Equal(CellKind.NotApplicable, Values["I.3.1"].Kind);
        Assert.Equal(CellKind.NotApplicable, Values["I.1"].Kind);
        Assert.Equal(CellKind.NotApplicable, Values["I.3.3.2"].Kind);
        Assert.Contains(CatalogLoader.Current.Collisions, c => c is { Variant: "department", PrintedCode: "1.1.1" });
    }

    [Theory]
    [InlineData("I.6", "01")]   // 1.1 Kế hoạch CCHC
    [InlineData("III.1", "57")] // 3.1 Thống kê TTHC
    [InlineData("III.3", "15")] // 3.4 Kết quả giải quyết TTHC
    [InlineData("IV.3", "0")]   // 4.3 Số người làm việc hưởng lương từ NSNN
    [InlineData("V.2", "0")]    // 5.2 Tuyển dụng công chức, viên chức
    [InlineData("V.4", "0")]    // 5.3 Số liệu về bổ nhiệm công chức lãnh đạo
    public void Numbers_written_in_heading_rows_are_flagged_and_not_used(string id, string raw)
    {
        var finding = Assert.Single(Result.About(id));

        Assert.Equal((FindingKind.ValueInGroupRow, Severity.Warning, raw), (finding.Kind, finding.Severity, finding.Raw));
    }

    [Fact]
    public void Not_applicable_cells_are_not_findings_and_the_53_procedures_add_up()
    {
        Assert.Equal(56, Values.Values.Count(v => v.Kind == CellKind.NotApplicable));
        Assert.Equal(7, Result.Findings.Count);
        Assert.DoesNotContain(Result.Findings, f => f.Kind == FindingKind.RuleFailed);
        // 3.1.3 Tổng số TTHC đang có hiệu lực = 53 = 53 cấp tỉnh + 0 cấp huyện + 0 cấp xã.
        Assert.Equal(53m, Result.Derived.Single(d => d.IndicatorId == "III.1.4").Value);
    }

    [Fact]
    public void Coded_choices_and_leading_zeros_read_as_numbers()
    {
        Assert.Equal(2m, Values["VII.2"].Value);   // 7.2 họp trực tuyến: 3 cấp
        Assert.Equal(2m, Values["VII.7"].Value);   // 7.3 HTTT báo cáo: Hoàn thành
        Assert.Equal(0m, Values["VII.4"].Value);   // 7.5 LGSP: Chưa
        Assert.Equal(0m, Values["I.8"].Value);     // 1.5 đối thoại: Không
        Assert.Equal(3m, Values["IV.2.3"].Value);  // 4.2.3 written 03
        Assert.Equal(796m, Values["VII.5.4"].Value);
    }
}
