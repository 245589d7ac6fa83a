using Cchc.V1;
using CchcGrpc.Client.Cli;
using CchcGrpc.Client.Import;
using CchcGrpc.Client.Output;
using CchcGrpc.Client.Verbs;

namespace CchcGrpc.Tests.Cli;

/// <summary>The command line: verbs, global options anywhere, help on every verb, exit 2 for what cannot run.</summary>
public sealed class CommandLineTests : IDisposable
{
    private readonly CchcCommand _line = new();
    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    [Theory]
    [InlineData("--server", "http://10.0.0.5:50051", "--output=json", "units", "--level", "district")]
    [InlineData("units", "--level=district", "--output", "json", "--server=http://10.0.0.5:50051")]
    [InlineData("--output", "json", "units", "--server", "http://10.0.0.5:50051", "--level", "huyện")]
    public void Global_options_are_accepted_before_and_after_the_verb_in_both_spellings(params string[] args)
    {
        var parsed = _line.Parse(args);
        var units = _line.Verb<UnitsVerb>();
        Assert.Empty(parsed.Errors);
        Assert.Same(units, parsed.CommandResult.Command);
        Assert.Equal(("http://10.0.0.5:50051", OutputFormat.Json, UnitLevel.District),
            (parsed.GetValue(_line.Global.Server), parsed.GetValue(_line.Global.Output), parsed.GetValue(units.Level)));
    }

    [Fact]
    public void An_option_given_twice_keeps_the_later_value_so_a_global_option_can_be_overridden_after_the_verb()
    {
        var parsed = _line.Parse(["--server", "http://a:1", "--lang", "en", "export", "--unit", "67", "--period", "2022", "--unit=67.660", "--server", "http://b:2", "--lang=vi"]);
        Assert.Empty(parsed.Errors);
        Assert.Equal(("http://b:2", Language.Vietnamese, "67.660"),
            (parsed.GetValue(_line.Global.Server), parsed.GetValue(_line.Global.Lang), parsed.GetValue(_line.Verb<Client.Export.ExportVerb>().Unit)));
    }

    [Fact]
    public void Files_and_stdin_dash_are_positionals_and_repeated_options_keep_every_value_in_order()
    {
        var import = _line.Verb<ImportVerb>();
        var parsed = _line.Parse(["import", "a.csv", "-", "--dry-run", "b.json", "--batch-size", "50"]);
        Assert.Empty(parsed.Errors);
        Assert.Equal(["a.csv", "-", "b.json"], parsed.GetValue(import.Files)!);
        Assert.Equal((true, 50), (parsed.GetValue(import.DryRun), parsed.GetValue(import.BatchSize)));

        var trend = _line.Verb<TrendVerb>();
        var series = _line.Parse(["trend", "--unit", "67", "--indicator", "III.3.2", "--period", "2023", "--indicator=III.3.1", "--indicator", "II.1"]);
        Assert.Equal(["III.3.2", "III.3.1", "II.1"], series.GetValue(trend.Indicators)!);
        Assert.Equal(["2023"], series.GetValue(trend.Periods)!);
    }

    [Fact]
    public void Double_dash_ends_the_options_so_a_file_may_be_named_like_one()
    {
        var import = _line.Verb<ImportVerb>();
        var parsed = _line.Parse(["import", "--dry-run", "--", "--odd-name.csv", "-"]);
        Assert.Equal(["--odd-name.csv", "-"], parsed.GetValue(import.Files)!);
        Assert.True(parsed.GetValue(import.DryRun));
        Assert.Null(UsageErrors.First(parsed));

        Assert.Equal("unknown option --odd-name.csv for \"import\"", UsageErrors.First(_line.Parse(["import", "--odd-name.csv", "-"]))?.Message);
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
    [InlineData("plan")]
    [InlineData("index")]
    public async Task Every_verb_has_help_with_usage_and_examples(string verb)
    {
        Assert.Equal(0, await _cli.RunAsync(verb, "--help"));
        Assert.Contains($"Cách dùng: cchc {verb}", _cli.Out, StringComparison.Ordinal);
        Assert.Contains("Ví dụ:", _cli.Out, StringComparison.Ordinal);
        Assert.Contains("Tùy chọn chung (trước hoặc sau lệnh):", _cli.Out, StringComparison.Ordinal);
        Assert.EndsWith("Mã thoát: 0 thành công, 1 dữ liệu bị từ chối/không hợp lệ, 2 sai cú pháp, 3 lỗi kết nối/xác thực.\n", _cli.Out.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Equal(0, await _cli.RunAsync("-h", verb, "--lang", "en"));
        Assert.Contains($"Usage: cchc {verb}", _cli.Out, StringComparison.Ordinal);
        Assert.Contains("Examples:", _cli.Out, StringComparison.Ordinal);
        Assert.Contains("Exit codes: 0 ok, 1 data rejected or invalid, 2 usage, 3 connection or auth.", _cli.Out, StringComparison.Ordinal);
        Assert.Equal("", _cli.Error);
    }

    [Fact]
    public async Task Help_is_answered_even_on_a_line_with_mistakes()
    {
        Assert.Equal(0, await _cli.RunAsync("export", "--bogus", "-h"));
        Assert.StartsWith("Xuất một báo cáo", _cli.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_verb_and_without_a_terminal_it_says_the_terminal_UI_needs_one_and_shows_help()
    {
        Assert.Equal(2, await _cli.RunAsync());
        Assert.StartsWith("Giao diện tương tác (TUI) cần một cửa sổ dòng lệnh", _cli.Error, StringComparison.Ordinal);
        Assert.Contains("  import    Nhập số liệu", _cli.Error, StringComparison.Ordinal);
        Assert.Equal(2, await _cli.RunAsync("--lang", "en"));
        Assert.Contains("The terminal UI needs a terminal", _cli.Error, StringComparison.Ordinal);
        Assert.Equal(0, await _cli.RunAsync("--help"));
        Assert.Contains("  export    Xuất một báo cáo", _cli.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_no_verb_action_is_one_replaceable_hook_that_gets_the_lines_context()
    {
        CliContext? seen = null;
        _cli.NoVerb = context =>
        {
            seen = context;
            context.Console.Out.WriteLine("terminal UI");
            return Task.FromResult(0);
        };
        Assert.Equal(0, await _cli.RunAsync("--server", "http://10.0.0.5:50051", "--lang", "en", "--output", "csv"));
        Assert.Equal(("terminal UI\n", "http://10.0.0.5:50051", true, OutputFormat.Csv),
            (_cli.Out.ReplaceLineEndings("\n"), seen!.Server, seen.Messages.English, seen.Printer.Format));

        seen = null;
        Assert.Equal(0, await _cli.RunAsync("units", "--help"));
        Assert.Null(seen);
    }

    [Theory]
    [InlineData("cchc: unknown option --bogus for \"import\". Xem `cchc import --help`.", "import", "a.csv", "--bogus")]
    [InlineData("cchc: unknown option --bogus for \"import\". Xem `cchc import --help`.", "import", "--bogus")]
    [InlineData("cchc: unknown option --bogus for \"units\". Xem `cchc units --help`.", "units", "--bogus")]
    [InlineData("cchc: unknown verb \"frobnicate\". Xem `cchc --help`.", "frobnicate")]
    [InlineData("cchc: unknown option --unit. Xem `cchc --help`.", "--unit", "67", "export")]
    [InlineData("cchc: unknown option -x. Xem `cchc --help`.", "-x")]
    [InlineData("cchc: --period needs a value. Xem `cchc export --help`.", "export", "--unit", "67", "--period")]
    [InlineData("cchc: --unit needs a value. Xem `cchc export --help`.", "export", "--unit", "--period", "2023")]
    [InlineData("cchc: --unit needs a value. Xem `cchc export --help`.", "export", "--unit", "--bogus", "--period", "2023")]
    [InlineData("cchc: --units needs a value. Xem `cchc compare --help`.", "compare", "--period", "2023", "--units")]
    [InlineData("cchc: --indicator needs a value. Xem `cchc trend --help`.", "trend", "--unit", "67", "--indicator", "III.3.1", "--indicator")]
    [InlineData("cchc: --server needs a value. Xem `cchc units --help`.", "units", "--server=")]
    [InlineData("cchc: --output must be table, json or csv, not \"xml\". Xem `cchc units --help`.", "units", "--output", "xml")]
    [InlineData("cchc: --lang must be vi or en, not \"fr\". Xem `cchc units --help`.", "--lang", "fr", "units")]
    [InlineData("cchc: --level must be province, department, district or commune, not \"city\". Xem `cchc units --help`.", "units", "--level", "city")]
    [InlineData("cchc: --format must be auto, csv, tsv, json or appendix, not \"xml\". Xem `cchc import --help`.", "import", "a.csv", "--format", "xml")]
    [InlineData("cchc: --format must be csv, json or appendix, not \"tsv\". Xem `cchc export --help`.", "export", "--unit", "67", "--period", "2023", "--format", "tsv")]
    [InlineData("cchc: --period is required. Xem `cchc export --help`.", "export", "--unit", "67")]
    [InlineData("cchc: --unit is required. Xem `cchc rollup --help`.", "rollup", "--period", "2023")]
    [InlineData("cchc: --period is required. Xem `cchc compare --help`.", "compare", "--parent", "67")]
    [InlineData("cchc: --unit is required. Xem `cchc trend --help`.", "trend", "--indicator", "III.3.1")]
    [InlineData("cchc: --unit is required. Xem `cchc report --help`.", "report", "show")]
    [InlineData("cchc: give at least one FILE (or - for stdin). Xem `cchc import --help`.", "import")]
    [InlineData("cchc: give at least one FILE (or - for stdin). Xem `cchc import --help`.", "import", "--dry-run", "--batch-size", "0")]
    [InlineData("cchc: --batch-size must be a positive number. Xem `cchc import --help`.", "import", "a.csv", "--batch-size", "0")]
    [InlineData("cchc: --batch-size must be a positive number. Xem `cchc import --help`.", "import", "a.csv", "--batch-size", "many")]
    [InlineData("cchc: --from must be a year, e.g. 2023. Xem `cchc trend --help`.", "trend", "--unit", "67", "--from", "20x")]
    [InlineData("cchc: the only report action is \"show\". Xem `cchc report --help`.", "report", "list")]
    [InlineData("cchc: the only report action is \"show\". Xem `cchc report --help`.", "report")]
    [InlineData("cchc: unexpected argument \"b\". Xem `cchc report --help`.", "report", "show", "a", "b")]
    [InlineData("cchc: unexpected argument \"extra\". Xem `cchc units --help`.", "units", "extra")]
    [InlineData("cchc: unexpected argument \"67-2023.csv\". Xem `cchc export --help`.", "export", "--unit", "67", "--period", "2023", "67-2023.csv")]
    // System.CommandLine reads "--flag=WORD" as the flag and a separate word (before, "--include-dissolved takes no value").
    [InlineData("cchc: unexpected argument \"yes\". Xem `cchc units --help`.", "units", "--include-dissolved=yes")]
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
        Assert.Equal(2, await _cli.RunAsync("--lang=en", "export", "--unit", "67"));
        Assert.Equal("cchc: --period is required. See `cchc export --help`.", _cli.Error.Trim());
    }

    [Fact]
    public async Task An_appendix_needs_unit_and_period()
    {
        var file = Path.Combine(_cli.ConfigHome, "bao-cao.txt");
        await File.WriteAllTextAsync(file, "STT\tChỉ tiêu thống kê\tĐơn vị tính\tSố liệu\tGhi chú\n1.1.\tA\tVăn bản\t3\t\n");
        Assert.Equal(2, await _cli.RunAsync("import", file));
        Assert.Equal("cchc: an appendix file needs --unit and --period. Xem `cchc import --help`.", _cli.Error.Trim());
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
