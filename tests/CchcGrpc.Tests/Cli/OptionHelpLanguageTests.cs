using System.CommandLine;
using CchcGrpc.Client.Cli;

namespace CchcGrpc.Tests.Cli;

/// <summary>Option help speaks the chosen language: Vietnamese by default, English with --lang en, for every verb and the global options.</summary>
public sealed class OptionHelpLanguageTests : IDisposable
{
    private const string VietnameseLetters = "ăâđêôơưàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ";

    private static readonly CchcCommand Line = new();
    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    public static TheoryData<string> VerbNames => new(Line.Verbs.Select(v => v.Name));

    [Theory]
    [MemberData(nameof(VerbNames))]
    public async Task Every_option_of_every_verb_is_described_in_Vietnamese_by_default_and_in_English_with_lang_en(string verb)
    {
        var options = Line.Verbs.Single(v => v.Name == verb).Options.Concat(Line.Global.All).ToList();

        Assert.Equal(0, await _cli.RunAsync(verb, "--help"));
        var vietnamese = _cli.Out;
        Assert.Equal(0, await _cli.RunAsync(verb, "--help", "--lang", "en"));
        var english = _cli.Out;

        foreach (var option in options)
        {
            var help = HelpPage.Describe(option);
            Assert.NotEqual(help.En, help.Vi);
            Assert.True(help.Vi.ToLowerInvariant().IndexOfAny(VietnameseLetters.ToCharArray()) >= 0,
                $"{verb} {option.Name}: \"{help.Vi}\" has no Vietnamese letter");
            Assert.EndsWith(" " + help.Vi, OptionLine(vietnamese, option), StringComparison.Ordinal);
            Assert.EndsWith(" " + help.En, OptionLine(english, option), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Import_help_describes_dry_run_in_Vietnamese_and_with_lang_en_in_English()
    {
        Assert.Equal(0, await _cli.RunAsync("import", "--help"));
        Assert.Contains("  --dry-run              chỉ đối chiếu với chỉ tiêu và kiểm tra số liệu; không ghi dữ liệu nào\n", _cli.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("map and validate only; write nothing", _cli.Out, StringComparison.Ordinal);
        Assert.Contains("Tùy chọn:", _cli.Out, StringComparison.Ordinal);

        Assert.Equal(0, await _cli.RunAsync("import", "--help", "--lang", "en"));
        Assert.Contains("  --dry-run              map and validate only; write nothing\n", _cli.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("không ghi dữ liệu nào", _cli.Out, StringComparison.Ordinal);
        Assert.Contains("Options:", _cli.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_help_lists_the_short_alias_of_out_before_its_name()
    {
        Assert.Equal(0, await _cli.RunAsync("export", "-h", "--lang=en"));
        Assert.Contains("  -o, --out V            write to FILE instead of stdout\n", _cli.Out, StringComparison.Ordinal);
        Assert.Contains("  -h, --help             show help\n", _cli.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_overview_describes_the_global_options_in_the_chosen_language()
    {
        Assert.Equal(0, await _cli.RunAsync("--help"));
        Assert.StartsWith("Cách dùng: cchc [--server URL] [--token T] [--output table|json|csv] [--lang vi|en] VERB ...", _cli.Out, StringComparison.Ordinal);
        foreach (var option in Line.Global.All)
            Assert.EndsWith(" " + HelpPage.Describe(option).Vi, OptionLine(_cli.Out, option), StringComparison.Ordinal);
        Assert.Contains("$CCHC_SERVER", HelpPage.Describe(Line.Global.Server).Vi, StringComparison.Ordinal);
        Assert.Contains("$CCHC_TOKEN", HelpPage.Describe(Line.Global.Token).Vi, StringComparison.Ordinal);

        Assert.Equal(0, await _cli.RunAsync("--help", "--lang", "en"));
        Assert.StartsWith("Usage: cchc [--server URL]", _cli.Out, StringComparison.Ordinal);
        foreach (var option in Line.Global.All)
            Assert.EndsWith(" " + HelpPage.Describe(option).En, OptionLine(_cli.Out, option), StringComparison.Ordinal);
    }

    /// <summary>The help line of <paramref name="option"/>: "  -o, --out V  ..." or "  --dry-run  ...".</summary>
    private static string OptionLine(string help, Option option) =>
        Assert.Single(help.Split('\n').Select(l => l.TrimEnd('\r')), l => l.StartsWith("  " + HelpPage.Label(option) + " ", StringComparison.Ordinal));
}
