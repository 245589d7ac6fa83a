using System.Text.Json;
using CchcGrpc.Tests.Imports;

namespace CchcGrpc.Tests.Cli;

/// <summary>
/// `cchc import` reads each file through once before it sends anything, then streams its batches: a
/// bad line anywhere, even the last, writes nothing; standard input is kept aside to be read again.
/// </summary>
public sealed class StreamingImportTests(ImportServer server) : IClassFixture<ImportServer>, IDisposable
{
    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task A_bad_last_line_writes_nothing_of_the_lines_before_it()
    {
        var file = Path.Combine(_cli.ConfigHome, "values.csv");
        await File.WriteAllTextAsync(file, "unit,period,indicator,value\n67,2015,I.1,15\n67,2016,I.1,16\n67,2017,I.1,\"17\n");

        Assert.Equal(1, await Cchc("", "import", file));

        Assert.Contains($"{file}:4: a quoted field is not closed", _cli.Error, StringComparison.Ordinal);
        Assert.Null(await server.GetReportAsync(server.ProvinceOperator, "reports/67/2015"));
    }

    [Fact]
    public async Task Standard_input_is_imported_with_its_own_line_numbers()
    {
        Assert.Equal(1, await Cchc("unit\tperiod\tindicator\tvalue\n67\t2014\tI.1\t15\n67\t2014\tI.99\t4\n", "import", "-", "--format", "tsv", "--output", "json"));

        using var json = JsonDocument.Parse(_cli.Out);
        Assert.Equal(1, json.RootElement.GetProperty("summary").GetProperty("imported").GetInt32());
        var row = json.RootElement.GetProperty("rows")[0];
        Assert.Equal(("stdin", 3, "STATUS_UNMAPPED"), (row.GetProperty("sourceFile").GetString(), row.GetProperty("sourceLine").GetInt32(), row.GetProperty("status").GetString()));
    }

    private Task<int> Cchc(string stdin, params string[] args) =>
        _cli.RunAsync(stdin, false, [.. args, "--server", server.App.Address.ToString().TrimEnd('/'), "--token", server.ProvinceOperator]);
}
