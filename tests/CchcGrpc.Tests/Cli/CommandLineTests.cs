using CchcGrpc.Client.Cli;

namespace CchcGrpc.Tests.Cli;

/// <summary>The command line: verbs, global options anywhere, help on every verb, exit 2 for what cannot run.</summary>
public sealed class CommandLineTests : IDisposable
{
    private static readonly IReadOnlyDictionary<string, VerbSpec> Verbs = CliApp.Verbs.ToDictionary(v => v.Spec.Name, v => v.Spec);
    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void Global_options_are_accepted_before_and_after_the_verb_in_both_spellings()
    {
        var before = ArgParser.Parse(["--server", "http://10.0.0.5:50051", "--output=json", "units", "--level", "district"], Verbs);
        var after = ArgParser.Parse(["units", "--level=district", "--output", "json", "--server=http://10.0.0.5:50051"], Verbs);
        foreach (var parsed in new[] { before, after })
        {
            Assert.Equal("units", parsed.Verb);
            Assert.Equal(("http://10.0.0.5:50051", "json", "district"), (parsed.Value("--server"), parsed.Value("--output"), parsed.Value("--level")));
        }
    }

    [Fact]
    public void Files_and_stdin_dash_are_positionals_and_repeated_options_keep_every_value()
    {
        var parsed = ArgParser.Parse(["import", "a.csv", "-", "--dry-run", "b.json"], Verbs);
        Assert.Equal(["a.csv", "-", "b.json"], parsed.Positionals);
        Assert.True(parsed.Has("--dry-run"));
        var trend = ArgParser.Parse(["trend", "--indicator", "III.3.1", "--indicator", "III.3.2"], Verbs);
        Assert.Equal(["III.3.1", "III.3.2"], trend.Values("--indicator"));
    }

    [Theory]
    [InlineData("login")]
    [InlineData("import")]
    [InlineData("export")]
    [InlineData("units")]
    [InlineData("report")]
    [InlineData("rollup")]
    [InlineData("compare")]
    [InlineData("trend")]
    public async Task Every_verb_has_help_with_usage_and_examples(string verb)
    {
        Assert.Equal(0, await _cli.RunAsync(verb, "--help"));
        Assert.Contains($"cchc {verb}", _cli.Out, StringComparison.Ordinal);
        Assert.Contains("Ví dụ:", _cli.Out, StringComparison.Ordinal);
        Assert.Contains("Mã thoát: 0 thành công", _cli.Out, StringComparison.Ordinal);
        Assert.Equal(0, await _cli.RunAsync("-h", verb, "--lang", "en"));
        Assert.Contains("Examples:", _cli.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_verb_it_says_the_terminal_UI_is_not_in_this_build_and_shows_help()
    {
        Assert.Equal(2, await _cli.RunAsync());
        Assert.Contains("Giao diện tương tác (TUI) chưa có trong bản này", _cli.Error, StringComparison.Ordinal);
        Assert.Contains("import", _cli.Error, StringComparison.Ordinal);
        Assert.Equal(2, await _cli.RunAsync("--lang", "en"));
        Assert.Contains("The terminal UI is not in this build yet", _cli.Error, StringComparison.Ordinal);
        Assert.Equal(0, await _cli.RunAsync("--help"));
        Assert.Contains("export", _cli.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("cchc: unknown option --bogus for \"import\". Xem `cchc import --help`.", "import", "a.csv", "--bogus")]
    [InlineData("cchc: unknown verb \"frobnicate\". Xem `cchc --help`.", "frobnicate")]
    [InlineData("cchc: unknown option --unit. Xem `cchc --help`.", "--unit", "67", "export")]
    [InlineData("cchc: --period needs a value. Xem `cchc export --help`.", "export", "--unit", "67", "--period")]
    [InlineData("cchc: --output must be table, json or csv, not \"xml\". Xem `cchc units --help`.", "units", "--output", "xml")]
    [InlineData("cchc: --period is required. Xem `cchc export --help`.", "export", "--unit", "67")]
    [InlineData("cchc: give at least one FILE (or - for stdin). Xem `cchc import --help`.", "import")]
    [InlineData("cchc: --batch-size must be a positive number. Xem `cchc import --help`.", "import", "a.csv", "--batch-size", "0")]
    [InlineData("cchc: the only report action is \"show\". Xem `cchc report --help`.", "report", "list")]
    public async Task What_cannot_run_exits_2_with_one_sentence(string message, params string[] args)
    {
        Assert.Equal(2, await _cli.RunAsync(args));
        Assert.Equal(message, _cli.Error.Trim());
        Assert.Equal("", _cli.Out);
    }

    [Fact]
    public async Task Messages_switch_to_English_with_lang_en()
    {
        Assert.Equal(2, await _cli.RunAsync("import", "--lang", "en", "--nope"));
        Assert.Equal("cchc: unknown option --nope for \"import\". See `cchc import --help`.", _cli.Error.Trim());
    }

    [Fact]
    public async Task An_appendix_needs_unit_and_period()
    {
        var file = Path.Combine(_cli.ConfigHome, "bao-cao.txt");
        await File.WriteAllTextAsync(file, "STT\tChỉ tiêu thống kê\tĐơn vị tính\tSố liệu\tGhi chú\n1.1.\tA\tVăn bản\t3\t\n");
        Assert.Equal(2, await _cli.RunAsync("import", file));
        Assert.Contains("an appendix file needs --unit and --period", _cli.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_invalid_file_exits_1_naming_file_and_line_before_any_connection()
    {
        var code = await _cli.RunAsync("unit,period,indicator,value\n67,2022,I.1\n", false, "import", "-", "--server", "http://127.0.0.1:1");
        Assert.Equal(1, code);
        Assert.Equal("cchc: tệp không hợp lệ: stdin:2: 3 fields, the header has 4", _cli.Error.Trim());
    }

    [Fact]
    public async Task A_server_that_cannot_be_reached_exits_3_and_says_UNAVAILABLE()
    {
        Assert.Equal(3, await _cli.RunAsync("units", "--server", "http://127.0.0.1:1"));
        Assert.Contains("không kết nối được máy chủ http://127.0.0.1:1 (UNAVAILABLE)", _cli.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_server_comes_from_the_environment_when_not_given()
    {
        _cli.Environment["CCHC_SERVER"] = "http://127.0.0.1:2";
        Assert.Equal(3, await _cli.RunAsync("units", "--lang", "en"));
        Assert.Contains("cannot reach the server http://127.0.0.1:2", _cli.Error, StringComparison.Ordinal);
    }
}
