using System.Text.Json;
using Cchc.V1;
using CchcGrpc.Tests.Imports;
using CchcGrpc.Tests.Seeds;

namespace CchcGrpc.Tests.Cli;

/// <summary>
/// `cchc export --format appendix` writes the form of the unit's level (a department: seed 004's
/// layout; a province: Biểu 1–7 of seed 000), and importing that file gives back every value of the report.
/// </summary>
public sealed class AppendixExportRoundTripTests(ImportServer server) : IClassFixture<ImportServer>, IDisposable
{
    private const string Unit = "67.SKHCN";

    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task A_department_report_exported_as_an_appendix_imports_back_to_the_same_values()
    {
        // The Sở KH&CN 6-month 2022 appendix, imported as printed.
        Assert.Equal(0, await Cchc(server.DepartmentOperator, "import", SeedFiles.PathOf(SeedFiles.DepartmentHalfYear2022), "--unit", Unit, "--period", "2022-H1"));
        var original = await server.GetReportAsync(server.DepartmentOperator, $"reports/{Unit}/2022-H1");

        var file = Path.Combine(_cli.ConfigHome, "skhcn-2022-h1.txt");
        Assert.Equal(0, await Cchc(server.DepartmentOperator, "export", "--unit", Unit, "--period", "2022-H1", "--format", "appendix", "-o", file));
        var text = await File.ReadAllTextAsync(file);
        var lines = text.Split('\n');
        // The department form: its own header and sections, its numbering (the misprinted 1.1.x under 1.2 renumbered), its "Trong đó".
        Assert.Contains("STT\tChỉ tiêu thống kê\tKết quả thống kê\t\tGhi chú", lines);
        Assert.DoesNotContain("Biểu", text, StringComparison.Ordinal);
        Assert.Contains("<b>4.</b>\t<b>Cải cách tổ chức bộ máy hành chính nhà nước</b>\t\t\t", lines);
        Assert.Contains("1.1.2.\tSố nhiệm vụ đã hoàn thành\tNhiệm vụ\tĐang triển khai 06\tTiếp tục triển khai", lines);
        Assert.Contains("1.2.1.\tSố sở, ngành đã kiểm tra\tCơ quan, đơn vị\t/\t", lines);
        Assert.Contains("4.2.5.\tTỷ lệ phần trăm biên chế đã tinh giản so với năm 2015\t%\t10\t04 người", lines);
        Assert.Contains("1.4.2.\tHình thức khảo sát\tTrực tuyến = 0 Phát phiếu = 1 Kết hợp = 2\t/\t", lines);
        Assert.Contains(lines, l => l.StartsWith("Trong đó\tSố TTHC cấp tỉnh", StringComparison.Ordinal) && l.EndsWith("\t53\t", StringComparison.Ordinal));
        // The form's order: 1.1 and its rows, then 1.2 and its rows; 3.5.2 (a field VII indicator) under section 3.
        Assert.True(Index(lines, "1.1.3.") < Index(lines, "1.2.") && Index(lines, "1.2.") < Index(lines, "1.2.1.") && Index(lines, "1.2.4.") < Index(lines, "1.3."));
        Assert.True(Index(lines, "3.5.1.") < Index(lines, "3.5.2.") && Index(lines, "3.5.2.") < Index(lines, "<b>4.</b>"));

        // Into an empty report of another period: every value comes back as stored, nothing unmapped or rejected.
        Assert.Equal(0, await Cchc(server.DepartmentOperator, "import", file, "--unit", Unit, "--period", "2022", "--output", "json"));
        using (var result = JsonDocument.Parse(_cli.Out))
        {
            var summary = result.RootElement.GetProperty("summary");
            Assert.Equal((original!.Values.Count(v => !v.Derived), 0), (summary.GetProperty("imported").GetInt32(), summary.GetProperty("rejected").GetInt32()));
            Assert.DoesNotContain(result.RootElement.GetProperty("rows").EnumerateArray(), r => r.GetProperty("status").GetString() is "STATUS_UNMAPPED" or "STATUS_REJECTED");
        }
        var copy = await server.GetReportAsync(server.DepartmentOperator, $"reports/{Unit}/2022");
        Assert.Equal(Values(original), Values(copy!));

        // Into the report it came from: nothing changes.
        Assert.Equal(0, await Cchc(server.DepartmentOperator, "import", file, "--unit", Unit, "--period", "2022-H1", "--output", "json"));
        using var again = JsonDocument.Parse(_cli.Out);
        var counts = again.RootElement.GetProperty("summary");
        Assert.Equal((0, 0, original.Values.Count(v => !v.Derived), 0),
            (counts.GetProperty("imported").GetInt32(), counts.GetProperty("updated").GetInt32(), counts.GetProperty("unchanged").GetInt32(), counts.GetProperty("rejected").GetInt32()));
    }

    [Fact]
    public async Task A_province_report_exported_as_an_appendix_imports_back_to_the_same_values()
    {
        // The Đắk Nông 2022 appendix, imported as printed.
        Assert.Equal(0, await Cchc(server.ProvinceOperator, "import", SeedFiles.PathOf(SeedFiles.ProvinceAnnual2022), "--unit", "67", "--period", "2022"));
        var original = await server.GetReportAsync(server.ProvinceOperator, "reports/67/2022");

        var file = Path.Combine(_cli.ConfigHome, "67-2022.txt");
        Assert.Equal(0, await Cchc(server.ProvinceOperator, "export", "--unit", "67", "--period", "2022", "--format", "appendix", "-o", file));
        var text = await File.ReadAllTextAsync(file);
        var lines = text.Split('\n');
        Assert.Contains("**Biểu 4**\n**Cải cách tổ chức bộ máy**", text, StringComparison.Ordinal);
        // Biểu 4 numbers the public-employee block 2, 2.1… again, as the form does; rows only the department form has are left out.
        Assert.Contains(lines, l => l.StartsWith("<b>2</b>\t<b>Số liệu về biên chế viên chức</b>", StringComparison.Ordinal));
        Assert.DoesNotContain("Tổ chức đối thoại của lãnh đạo", text, StringComparison.Ordinal);

        // Into an empty report of another period: nothing rejected, and every value (II.1 derived again from its parts) as stored.
        Assert.Equal(0, await Cchc(server.ProvinceOperator, "import", file, "--unit", "67", "--period", "2021", "--output", "json"));
        using (var result = JsonDocument.Parse(_cli.Out))
        {
            Assert.Equal(0, result.RootElement.GetProperty("summary").GetProperty("rejected").GetInt32());
        }
        Assert.Equal(Values(original!), Values((await server.GetReportAsync(server.ProvinceOperator, "reports/67/2021"))!));
    }

    private static int Index(string[] lines, string code) => Array.FindIndex(lines, l => l.StartsWith(code + "\t", StringComparison.Ordinal));

    private static List<(string, ValueState, string, string, string, string, bool)> Values(Report report) =>
        [.. report.Values.OrderBy(v => v.IndicatorId, StringComparer.Ordinal).Select(v => (v.IndicatorId, v.State, v.Number, v.Text, v.RawText, v.Note, v.Derived))];

    private Task<int> Cchc(string token, params string[] args) =>
        _cli.RunAsync([.. args, "--server", server.App.Address.ToString().TrimEnd('/'), "--token", token]);
}
