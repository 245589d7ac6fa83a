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

    [Fact]
    public async Task A_refused_upload_larger_than_the_servers_read_window_ends_with_the_servers_answer()
    {
        // 300,000 rows: megabytes even gzip-compressed, more than HTTP/2 lets a client send unread. The server
        // refuses the token before it reads a batch; the client stops sending and says why, writing nothing.
        var file = Path.Combine(_cli.ConfigHome, "large.csv");
        await using (var writer = new StreamWriter(file))
        {
            await writer.WriteLineAsync("unit,period,indicator,value");
            for (var i = 0; i < 300_000; i++)
            {
                await writer.WriteLineAsync($"67,{2000 + i / 1000},I.1,{i * 7919 % 100_003}");
            }
        }

        var code = await _cli.RunAsync("", false, "import", file, "--server", server.App.Address.ToString().TrimEnd('/'), "--token", "cchc_forged");

        // Exit 3 (connection or sign-in), and promptly: the upload stops when the answer comes. The message says
        // UNAUTHENTICATED, or CANCELLED when the server's reset of the upload reaches the channel before its answer.
        Assert.Equal(3, code);
        Assert.Matches("UNAUTHENTICATED|CANCELLED", _cli.Error);
        Assert.Null(await server.GetReportAsync(server.ProvinceOperator, "reports/67/2000"));
    }

    private Task<int> Cchc(string stdin, params string[] args) =>
        _cli.RunAsync(stdin, false, [.. args, "--server", server.App.Address.ToString().TrimEnd('/'), "--token", server.ProvinceOperator]);
}
