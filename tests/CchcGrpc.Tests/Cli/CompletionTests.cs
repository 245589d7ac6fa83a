using CchcGrpc.Client.Cli;

namespace CchcGrpc.Tests.Cli;

/// <summary>Tab completion: the parser offers the verbs, the options in scope and the words of every closed set of values.</summary>
public sealed class CompletionTests : IDisposable
{
    private readonly CchcCommand _line = new();
    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    [Theory]
    [InlineData("units --level ", "commune department district province")]
    [InlineData("compare --period 2023 --level ", "commune department district province")]
    [InlineData("units --level d", "department district")]
    [InlineData("units --output ", "csv json table")]
    [InlineData("--output ", "csv json table")]
    [InlineData("trend --lang ", "en vi")]
    [InlineData("import a.csv --format ", "appendix auto csv json tsv")]
    [InlineData("export --format ", "appendix csv json")]
    [InlineData("report ", "--help --lang --output --period --server --token --unit -h show")]
    public void The_parser_offers_every_value_of_a_closed_set(string line, string expected)
    {
        Assert.Equal(expected.Split(' '), Offered(line));
    }

    [Fact]
    public void After_cchc_it_offers_the_verbs_and_the_global_options()
    {
        var offered = Offered("");
        Assert.Equal(["--help", "--lang", "--output", "--server", "--token", "-h", "compare", "export", "import", "index", "login", "plan", "report", "rollup", "trend", "units"], offered);
    }

    [Fact]
    public void A_verbs_own_options_are_offered_after_it_and_the_global_ones_too()
    {
        Assert.Equal(["--include-dissolved"], Offered("units --inc"));
        Assert.Equal(["--server"], Offered("units --ser"));
        Assert.Equal(["--out"], Offered("export --ou").Where(o => o != "--output"));
    }

    [Fact]
    public async Task The_suggest_directive_that_shells_call_prints_them_one_a_line()
    {
        const string line = "cchc units --level ";
        Assert.Equal(0, await _cli.RunAsync($"[suggest:{line.Length}]", line));
        Assert.Equal("commune\ndepartment\ndistrict\nprovince\n", _cli.Out.ReplaceLineEndings("\n"));

        Assert.Equal(0, await _cli.RunAsync("[suggest:16]", "cchc export --fo"));
        Assert.Equal("--format\n", _cli.Out.ReplaceLineEndings("\n"));
    }

    private string[] Offered(string line) =>
        [.. _line.Parse(line).GetCompletions(line.Length).Select(c => c.Label).Order(StringComparer.Ordinal)];
}
