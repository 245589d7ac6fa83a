using CchcGrpc.Client.Cli;

namespace CchcGrpc.Tests.Cli;

/// <summary>Option help speaks the chosen language: Vietnamese by default, English with --lang en, for every verb and the global options.</summary>
public sealed class OptionHelpLanguageTests : IDisposable
{
    private const string VietnameseLetters = "ăâđêôơưàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ";

    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    public static TheoryData<string> VerbNames => new(CliApp.Verbs.Select(v => v.Spec.Name));

    [Theory]
    [MemberData(nameof(VerbNames))]
    public async Task Every_option_of_every_verb_is_described_in_Vietnamese_by_default_and_in_English_with_lang_en(string verb)
    {
        var spec = CliApp.Verbs.Single(v => v.Spec.Name == verb).Spec;
        var options = spec.Options.Concat(GlobalOptions.All).ToList();

        Assert.Equal(0, await _cli.RunAsync(verb, "--help"));
        var vietnamese = _cli.Out;
        Assert.Equal(0, await _cli.RunAsync(verb, "--help", "--lang", "en"));
        var english = _cli.Out;

        foreach (var option in options)
        {
            Assert.NotEqual(option.HelpEn, option.HelpVi);
            Assert.True(option.HelpVi.ToLowerInvariant().IndexOfAny(VietnameseLetters.ToCharArray()) >= 0,
                $"{verb} {option.Name}: \"{option.HelpVi}\" has no Vietnamese letter");
            Assert.EndsWith(" " + option.HelpVi, OptionLine(vietnamese, option), StringComparison.Ordinal);
            Assert.EndsWith(" " + option.HelpEn, OptionLine(english, option), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Import_help_describes_dry_run_in_Vietnamese_and_with_lang_en_in_English()
    {
        Assert.Equal(0, await _cli.RunAsync("import", "--help"));
        Assert.Contains("--dry-run", _cli.Out, StringComparison.Ordinal);
        Assert.Contains("chỉ đối chiếu với chỉ tiêu và kiểm tra số liệu; không ghi dữ liệu nào", _cli.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("map and validate only; write nothing", _cli.Out, StringComparison.Ordinal);
        Assert.Contains("Tùy chọn:", _cli.Out, StringComparison.Ordinal);

        Assert.Equal(0, await _cli.RunAsync("import", "--help", "--lang", "en"));
        Assert.Contains("map and validate only; write nothing", _cli.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("không ghi dữ liệu nào", _cli.Out, StringComparison.Ordinal);
        Assert.Contains("Options:", _cli.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_overview_describes_the_global_options_in_the_chosen_language()
    {
        Assert.Equal(0, await _cli.RunAsync("--help"));
        foreach (var option in GlobalOptions.All)
            Assert.EndsWith(" " + option.HelpVi, OptionLine(_cli.Out, option), StringComparison.Ordinal);
        Assert.Contains("$CCHC_SERVER", GlobalOptions.All.Single(o => o.Name == "--server").HelpVi, StringComparison.Ordinal);
        Assert.Contains("$CCHC_TOKEN", GlobalOptions.All.Single(o => o.Name == "--token").HelpVi, StringComparison.Ordinal);

        Assert.Equal(0, await _cli.RunAsync("--help", "--lang", "en"));
        foreach (var option in GlobalOptions.All)
            Assert.EndsWith(" " + option.HelpEn, OptionLine(_cli.Out, option), StringComparison.Ordinal);
    }

    /// <summary>The help line of <paramref name="option"/>: "  -o, --out V  ..." or "  --dry-run  ...".</summary>
    private static string OptionLine(string help, OptionSpec option)
    {
        var name = (option.Alias is null ? "" : option.Alias + ", ") + option.Name + (option.TakesValue ? " V" : "");
        return Assert.Single(help.Split('\n').Select(l => l.TrimEnd('\r')), l => l.StartsWith("  " + name + " ", StringComparison.Ordinal));
    }
}
