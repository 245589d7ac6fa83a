using CchcGrpc.Client.Import;
using CchcGrpc.Tests.Seeds;

namespace CchcGrpc.Tests.Cli;

/// <summary>`cchc import --format appendix` on the two real reports: every table, every statistical row exactly as printed.</summary>
public sealed class AppendixReaderTests
{
    private static readonly ExtractedAppendix Province = Extract(SeedFiles.ProvinceAnnual2022);
    private static readonly ExtractedAppendix Department = Extract(SeedFiles.DepartmentHalfYear2022);

    [Fact]
    public void The_province_report_has_seven_tables_Bieu_1_to_7_with_144_rows_119_of_them_with_values()
    {
        Assert.Equal(
            ["Biểu 1 Công tác chỉ đạo điều hành CCHC", "Biểu 2 Cải cách thể chế", "Biểu 3 Cải cách thủ tục hành chính", "Biểu 4 Cải cách tổ chức bộ máy",
             "Biểu 5 Cải cách chế độ công vụ", "Biểu 6 Cải cách tài chính công", "Biểu 7 Xây dựng và phát triển Chính quyền điện tử, Chính quyền số"],
            Province.Tables);
        Assert.Equal(144, Province.Rows.Count);
        Assert.Equal(119, Province.Rows.Count(HasData));
        Assert.Equal(["I.", "II.", "III.", "IV.", "V.", "VI.", "VII."], Province.Rows.Where(r => r.Indicator.Length > 1 && r.Indicator.TrimEnd('.').All(c => c is 'I' or 'V')).Select(r => r.Indicator));
        Assert.Equal(Province.Tables, Province.Rows.Select(r => r.Table).Distinct());
        Assert.All(Province.Rows, r => Assert.Equal("", r.Section));
    }

    [Theory]
    [InlineData("Biểu 1", "1", "Văn bản", "15", "")]
    [InlineData("Biểu 1", "2.1.", "Nhiệm vụ", "56", "")]
    [InlineData("Biểu 1", "5.1.", "Nhiệm vụ", "143", "Đang thực hiện 40 (trong đó: 39 trong hạn; 01 quá hạn)")]
    [InlineData("Biểu 3", "1.4.", "Thủ tục", "1.909", "")]
    [InlineData("Biểu 3", "3.1.", "%", "99,73%", "")]
    [InlineData("Biểu 3", "3.1.1", "Hồ sơ", "77.251", "")]
    [InlineData("Biểu 6", "1.1.", "Tỷ đồng", "2.584.631", "")]
    [InlineData("Biểu 7", "4", "Chưa = 0 Đang làm = 1 Hoàn thành = 2", "2", "")]
    [InlineData("Biểu 7", "6.4.2", "Hồ sơ", "42.95", "")]
    public void Province_rows_keep_the_printed_code_unit_value_and_note(string table, string code, string unit, string raw, string note)
    {
        var row = Assert.Single(Province.Rows, r => r.Table.StartsWith(table + " ", StringComparison.Ordinal) && r.Indicator == code);
        Assert.Equal((unit, raw, note), (row.UnitOfMeasure, row.RawValue, row.Note));
        Assert.Equal("", row.Unit);
        Assert.Equal("", row.Period);
    }

    [Fact]
    public void Province_labels_lose_their_markup_and_lines_are_the_files()
    {
        var row = Assert.Single(Province.Rows, r => r.Table.StartsWith("Biểu 3", StringComparison.Ordinal) && r.Indicator == "1.4.");
        Assert.Equal("Tổng số TTHC thuộc thẩm quyền giải quyết tại địa phương", row.Label);
        Assert.Equal(377, row.Line);
        var bold = Assert.Single(Province.Rows, r => r.Table.StartsWith("Biểu 1", StringComparison.Ordinal) && r.Indicator == "1");
        Assert.StartsWith("Số văn bản chỉ đạo CCHC đã ban hành", bold.Label);
    }

    [Fact]
    public void Both_repeated_IV_2_blocks_arrive_after_their_headings_so_the_server_can_tell_them_apart()
    {
        var block = Province.Rows.Where(r => r.Table.StartsWith("Biểu 4", StringComparison.Ordinal) && r.Indicator is "2" or "2.1.").Select(r => $"{r.Indicator} {r.Label} {r.RawValue}".Trim());
        Assert.Equal(
            ["2 Số liệu về biên chế công chức", "2.1. Tổng số biên chế được giao trong năm 1.921", "2 Số liệu về biên chế viên chức", "2.1. Tổng số biên chế được giao trong năm 13.045"],
            block);
        var heading = Assert.Single(Province.Rows, r => r.Table.StartsWith("Biểu 1", StringComparison.Ordinal) && r.Indicator == "3");
        Assert.Equal(("Kiểm tra CCHC", "", ""), (heading.Label, heading.UnitOfMeasure, heading.RawValue));
        Assert.DoesNotContain(Province.Rows, r => r.Indicator is "STT" or "Biểu 1" || r.RawValue == "Số liệu");
    }

    [Fact]
    public void The_department_report_is_one_table_over_four_pages_with_121_rows_106_of_them_with_values()
    {
        var table = Assert.Single(Department.Tables);
        Assert.StartsWith("PHỤ LỤC THỐNG KÊ SỐ LIỆU VỀ KẾT QUẢ THỰC HIỆN CÔNG TÁC CẢI CÁCH HÀNH CHÍNH ĐỊNH KỲ", table, StringComparison.Ordinal);
        Assert.Equal(121, Department.Rows.Count);
        Assert.Equal(106, Department.Rows.Count(HasData));
        Assert.Equal(["1.", "2.", "3.", "4.", "5.", "6.", "7."], Department.Rows.Where(r => r.Indicator.Length == 2 && r.Indicator.EndsWith('.')).Select(r => r.Indicator));
        Assert.All(Department.Rows, r => Assert.Equal(table, r.Table));
    }

    [Fact]
    public void Department_text_in_a_number_cell_keeps_its_note()
    {
        var row = Assert.Single(Department.Rows, r => r.Indicator == "1.1.2." && r.Line == 161);
        Assert.Equal(("Số nhiệm vụ đã hoàn thành", "Nhiệm vụ", "Đang triển khai 06", "Tiếp tục triển khai"),
            (row.Label, row.UnitOfMeasure, row.RawValue, row.Note));
    }

    [Fact]
    public void Department_rows_misnumbered_under_1_2_arrive_as_printed_with_their_own_labels()
    {
        var underKiemTra = Department.Rows.Where(r => r.Line is >= 164 and <= 167).ToList();
        Assert.Equal(["1.1.1.", "1.1.2.", "1.1.3.", "1.1.4."], underKiemTra.Select(r => r.Indicator));
        Assert.Equal("Số sở, ngành đã kiểm tra", underKiemTra[0].Label);
        Assert.All(underKiemTra, r => Assert.Equal("/", r.RawValue));
        Assert.Equal("/", Assert.Single(Department.Rows, r => r.Indicator == "1.2.").RawValue);
    }

    [Fact]
    public void Department_trong_do_rows_keep_their_code_as_printed_and_their_printed_label()
    {
        Assert.Equal(["Trong đó", "Tron g đó", "Trong đó", "Trong đó"], Department.Rows.Where(r => r.Indicator.StartsWith("Tron", StringComparison.Ordinal)).Select(r => r.Indicator));
        var parts = Department.Rows.Where(r => r.Indicator is "" or "Trong đó" or "Tron g đó").ToList();
        Assert.Equal(12, parts.Count);
        Assert.Equal(("Số TTHC cấp tỉnh:", "53"), (parts[0].Label, parts[0].RawValue));
        Assert.Contains(parts, r => r.Label == "Số ĐVSNCL thuộc UBND tỉnh" && r.RawValue == "/");
        Assert.Contains(parts, r => r.Label.StartsWith("Tỷ lệ văn bản được gửi hoàn toàn dưới dạng điện tử (Sử dụng chữ ký số", StringComparison.Ordinal) && r.RawValue == "100");
    }

    [Fact]
    public void Department_repeated_header_rows_on_page_breaks_are_not_rows()
    {
        Assert.DoesNotContain(Department.Rows, r => r.Label.Contains("Chỉ tiêu thống kê", StringComparison.Ordinal) || r.RawValue == "Số liệu");
        Assert.Equal(("%", "10", "04 người"), Assert.Single(Department.Rows, r => r.Indicator == "4.2.5.") is var row ? (row.UnitOfMeasure, row.RawValue, row.Note) : default);
        Assert.Equal(56, Department.Rows.Count(r => r.RawValue == "/"));
    }

    [Fact]
    public void A_text_without_an_appendix_table_is_an_error_naming_the_file()
    {
        var error = Assert.Throws<SourceFormatException>(() => ExtractedAppendix.Extract("Báo cáo\nkhông có biểu\n", "note.txt"));
        Assert.StartsWith("note.txt:1:", error.Message);
    }

    private static bool HasData(SourceRow row) => row.UnitOfMeasure.Length + row.RawValue.Length + row.Note.Length > 0;

    private static ExtractedAppendix Extract(string seed) =>
        ExtractedAppendix.Extract(File.ReadAllText(SeedFiles.PathOf(seed)), seed);
}
