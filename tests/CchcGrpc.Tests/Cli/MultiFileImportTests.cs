using System.Text.Json;
using CchcGrpc.Client.Import;
using CchcGrpc.Tests.Imports;

namespace CchcGrpc.Tests.Cli;

/// <summary>`cchc import a.csv b.csv`: every row the server sends back names its own file and its line in it.</summary>
public sealed class MultiFileImportTests(ImportServer server) : IClassFixture<ImportServer>, IDisposable
{
    // Both files have a row the catalog does not know on line 3, so a line number alone would not say which.
    private const string First = "unit,period,indicator,value,note\n67,2022,I.1,15,\n67,2022,I.99,4,\n";
    private const string Second = "unit,period,indicator,value,note\n67,2022,III.1.4,1.909,\n67,2022,III.99,7,\n67,2022,II.1.2,/,\n";

    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task The_rows_table_names_the_file_and_the_line_in_that_file()
    {
        var (first, second) = WriteFiles();

        Assert.Equal(1, await _cli.RunAsync("import", first, second, "--dry-run", "--server", Address, "--token", server.ProvinceOperator));

        var rows = _cli.Out.Split('\n').Where(l => l.Contains("unmapped", StringComparison.Ordinal)).Select(l => l.Split('\t')[..6]).ToList();
        Assert.Equal(
            [
                [first, "3", "reports/67/2022", "unmapped", "I.99", ""],
                [second, "3", "reports/67/2022", "unmapped", "III.99", ""],
            ],
            rows);
        Assert.Contains("file\tline\treport\tstatus\tsource_code\tindicator_id\tmessage", _cli.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Json_rows_carry_source_file_and_the_line_in_that_file()
    {
        var (first, second) = WriteFiles();

        Assert.Equal(1, await _cli.RunAsync("import", first, second, "--dry-run", "--output", "json", "--server", Address, "--token", server.ProvinceOperator));

        using var json = JsonDocument.Parse(_cli.Out);
        var rows = json.RootElement.GetProperty("rows").EnumerateArray()
            .Select(r => (r.GetProperty("sourceFile").GetString(), r.GetProperty("sourceLine").GetInt32(), r.GetProperty("sourceCode").GetString(), r.GetProperty("status").GetString()))
            .OrderBy(r => r.Item3, StringComparer.Ordinal)
            .ToList();
        Assert.Equal([(first, 3, "I.99", "STATUS_UNMAPPED"), (second, 3, "III.99", "STATUS_UNMAPPED")], rows);
        Assert.Equal(2, json.RootElement.GetProperty("summary").GetProperty("rejected").GetInt32());
    }

    [Fact]
    public void Lines_of_later_files_are_sent_past_the_earlier_files_and_mapped_back()
    {
        var lines = new SourceLines();
        var a = ImportSource.Parse("a.csv", First, ImportFormat.Auto);
        var b = ImportSource.Parse("b.csv", Second, ImportFormat.Auto);
        var fromA = BatchPlanner.Plan(a, "", "", 1000, dryRun: true, lines.Add(a.Name, a.LineCount));
        var fromB = BatchPlanner.Plan(b, "", "", 1000, dryRun: true, lines.Add(b.Name, b.LineCount));

        // a.csv is sent as written; b.csv's lines 2–4 follow a.csv's last line, 3.
        Assert.Equal([2, 3], fromA.SelectMany(x => x.Rows).Select(r => r.SourceLine));
        Assert.Equal([5, 6, 7], fromB.SelectMany(x => x.Rows).Select(r => r.SourceLine));
        Assert.Equal([new SourceLine("a.csv", 3), new SourceLine("b.csv", 2), new SourceLine("b.csv", 4)], new[] { 3, 5, 7 }.Select(lines.Resolve));
        // The shift is not part of the idempotency key: a file re-run on its own is recognised.
        Assert.Equal(BatchPlanner.Plan(b, "", "", 1000, dryRun: true).Select(x => x.IdempotencyKey), fromB.Select(x => x.IdempotencyKey));
    }

    private string Address => server.App.Address.ToString().TrimEnd('/');

    private (string First, string Second) WriteFiles()
    {
        var first = Path.Combine(_cli.ConfigHome, "so-lieu-a.csv");
        var second = Path.Combine(_cli.ConfigHome, "so-lieu-b.csv");
        File.WriteAllText(first, First);
        File.WriteAllText(second, Second);
        return (first, second);
    }
}
