using System.Text.Json;
using CchcGrpc.Client.Import;
using CchcGrpc.Tests.Imports;

namespace CchcGrpc.Tests.Cli;

/// <summary>
/// `cchc import --dry-run --write-map FILE` writes how every row of a report's appendix was read, with
/// "?" for the rows the server could not decide; a person decides them, and `--map FILE` imports with
/// the decisions. The map file is part of the idempotency keys: another map is another import.
/// </summary>
public sealed class MapFileTests(ImportServer server) : IClassFixture<ImportServer>, IDisposable
{
    // A district's appendix: its own title and numbering, one row printed without the heading that would say whose staff it counts.
    private const string Report = """
        UBND HUYỆN ĐẮK GLONG

        Phụ lục 3**Cải cách tổ chức bộ máy**

        TT	Nội dung	ĐVT	Kết quả	Ghi chú
        1	Tổng số biên chế được giao trong năm	Người	88	
        2	Tổng số đơn vị sự nghiệp công lập (ĐVSNCL) tại địa phương	Đơn vị	40	
        3	Số cán bộ được khen thưởng	Người	6	
        """;

    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task A_dry_run_writes_a_map_with_the_undecided_rows_and_the_decided_map_imports_them()
    {
        var report = Path.Combine(_cli.ConfigHome, "dak-glong-2017.txt");
        var map = Path.Combine(_cli.ConfigHome, "dak-glong.map");
        await File.WriteAllTextAsync(report, Report);

        Assert.Equal(1, await Cchc("import", report, "--unit", "67.661", "--period", "2017", "--dry-run", "--write-map", map));
        var written = await File.ReadAllLinesAsync(map);
        Assert.Contains("field\tparent\tcode\tlabel\tindicator", written);
        Assert.Contains("IV\t\t2\tTổng số đơn vị sự nghiệp công lập (ĐVSNCL) tại địa phương\tIV.1.5", written);
        Assert.Contains(written, l => l.StartsWith($"# {report}:6: ambiguous — IV.2.1 1.00", StringComparison.Ordinal));
        Assert.Contains("IV\t\t1\tTổng số biên chế được giao trong năm\t?", written);
        Assert.Contains("IV\t\t3\tSố cán bộ được khen thưởng\t?", written);
        Assert.Null(await server.GetReportAsync(server.DistrictOperator, "reports/67.661/2017"));

        // The person decides: these are the district's civil servants; the commendations are no indicator.
        await File.WriteAllLinesAsync(map, written
            .Select(l => l.Replace("Tổng số biên chế được giao trong năm\t?", "Tổng số biên chế được giao trong năm\tIV.2.1", StringComparison.Ordinal))
            .Select(l => l.Replace("Số cán bộ được khen thưởng\t?", "Số cán bộ được khen thưởng\t-", StringComparison.Ordinal)));
        Assert.Equal(0, await Cchc("import", report, "--unit", "67.661", "--period", "2017", "--map", map, "--output", "json"));
        using (var result = JsonDocument.Parse(_cli.Out))
        {
            Assert.Equal((2, 0), (result.RootElement.GetProperty("summary").GetProperty("imported").GetInt32(), result.RootElement.GetProperty("summary").GetProperty("rejected").GetInt32()));
        }
        var stored = (await server.GetReportAsync(server.DistrictOperator, "reports/67.661/2017"))!.Values.ToDictionary(v => v.IndicatorId);
        Assert.Equal(("88", "40"), (stored["IV.2.1"].RawText, stored["IV.1.5"].RawText));
    }

    [Fact]
    public async Task A_rule_naming_no_indicator_refuses_the_batch_and_names_the_rules_line()
    {
        var report = Path.Combine(_cli.ConfigHome, "dak-glong-2016.txt");
        var map = Path.Combine(_cli.ConfigHome, "bad.map");
        await File.WriteAllTextAsync(report, Report);
        await File.WriteAllTextAsync(map, "# a rule with a typo\nIV\t\t1\t\tIV.9.1\n");

        Assert.Equal(1, await Cchc("import", report, "--unit", "67.661", "--period", "2016", "--map", map, "--output", "json"));

        using var result = JsonDocument.Parse(_cli.Out);
        var batch = result.RootElement.GetProperty("batches")[0];
        Assert.Equal("OUTCOME_REJECTED", batch.GetProperty("outcome").GetString());
        Assert.Contains("map_rules[0] (line 2 of the map file): no indicator 'IV.9.1'", batch.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Null(await server.GetReportAsync(server.DistrictOperator, "reports/67.661/2016"));
    }

    [Fact]
    public void A_map_line_with_the_wrong_number_of_columns_is_an_error_at_its_line()
    {
        var map = Path.Combine(_cli.ConfigHome, "short.map");
        File.WriteAllText(map, "field\tparent\tcode\tlabel\tindicator\nIV\t1\tIV.2.1\n");
        var error = Assert.Throws<SourceFormatException>(() => MapFile.Read(map));
        Assert.Equal(2, error.Line);
    }

    private Task<int> Cchc(params string[] args) =>
        _cli.RunAsync([.. args, "--server", server.App.Address.ToString().TrimEnd('/'), "--token", server.DistrictOperator]);
}
