using CchcGrpc.Client.Output;

namespace CchcGrpc.Tests.Cli;

/// <summary>Tables for people on a terminal; stable text, JSON or CSV when piped.</summary>
public sealed class OutputFormatTests
{
    private static readonly DataTable Units = new("Đơn vị", ["code", "name", "level"],
    [
        ["67", "Tỉnh Đắk Nông", "province"],
        ["67.660", "Thành phố Gia Nghĩa, \"cũ\"", "district"],
    ]);

    [Fact]
    public void Piped_tables_are_tab_separated_with_a_header_and_no_decoration()
    {
        Assert.Equal("code\tname\tlevel\n67\tTỉnh Đắk Nông\tprovince\n67.660\tThành phố Gia Nghĩa, \"cũ\"\tdistrict\n", Print(OutputFormat.Table, redirected: true));
    }

    [Fact]
    public void Csv_quotes_commas_and_quotes()
    {
        Assert.Equal("code,name,level\n67,Tỉnh Đắk Nông,province\n67.660,\"Thành phố Gia Nghĩa, \"\"cũ\"\"\",district\n", Print(OutputFormat.Csv, redirected: true));
    }

    [Fact]
    public void Json_is_an_array_of_objects_with_diacritics_unescaped()
    {
        var json = Print(OutputFormat.Json, redirected: true);
        using var document = System.Text.Json.JsonDocument.Parse(json);
        Assert.Equal("Tỉnh Đắk Nông", document.RootElement[0].GetProperty("name").GetString());
        Assert.Contains("Tỉnh Đắk Nông", json, StringComparison.Ordinal);
    }

    [Fact]
    public void A_terminal_gets_a_drawn_table()
    {
        var text = Print(OutputFormat.Table, redirected: false);
        Assert.Contains("Tỉnh Đắk Nông", text, StringComparison.Ordinal);
        Assert.Contains("│", text, StringComparison.Ordinal);
    }

    private static string Print(OutputFormat format, bool redirected)
    {
        var output = new StringWriter { NewLine = "\n" };
        new Printer(output, redirected, format).Print(Units);
        return output.ToString();
    }
}
