using CchcGrpc.Client.Tui.SlowLink;

namespace CchcGrpc.Tests.Tui.SlowLink;

/// <summary>The colour depth and locale read from the environment an SSH session gives the client.</summary>
public sealed class TerminalProfileTests
{
    [Theory]
    [InlineData("xterm-256color", "truecolor", null, ColorDepth.TrueColor)]
    [InlineData("tmux-256color", "24bit", null, ColorDepth.TrueColor)]
    [InlineData("xterm-256color", null, null, ColorDepth.Colors256)]
    [InlineData("screen-256color", "", null, ColorDepth.Colors256)]
    [InlineData("xterm", null, null, ColorDepth.Colors16)]
    [InlineData("vt100", null, null, ColorDepth.Colors16)]
    [InlineData("linux", null, null, ColorDepth.Colors16)]
    [InlineData(null, null, null, ColorDepth.Colors16)]
    [InlineData("dumb", null, null, ColorDepth.None)]
    [InlineData("xterm-256color", "truecolor", "1", ColorDepth.None)]
    [InlineData("xterm-256color", null, "", ColorDepth.Colors256)]
    public void Colour_depth_follows_NO_COLOR_then_COLORTERM_then_TERM(string? term, string? colorTerm, string? noColor, ColorDepth expected)
    {
        TerminalProfile profile = TerminalProfile.FromVariables(name => name switch
        {
            "TERM" => term,
            "COLORTERM" => colorTerm,
            "NO_COLOR" => noColor,
            "LANG" => "vi_VN.UTF-8",
            _ => null,
        });
        Assert.Equal(expected, profile.Colors);
    }

    [Theory]
    [InlineData(null, null, "vi_VN.UTF-8", true)]
    [InlineData(null, null, "en_US.utf8", true)]
    [InlineData("C", null, "vi_VN.UTF-8", false)]
    [InlineData(null, "C.UTF-8", "C", true)]
    [InlineData(null, null, "vi_VN.TCVN", false)]
    [InlineData(null, null, "POSIX", false)]
    [InlineData(null, null, null, false)]
    public void The_locale_is_UTF8_only_when_LC_ALL_LC_CTYPE_or_LANG_names_that_codeset(string? lcAll, string? lcCtype, string? lang, bool utf8)
    {
        TerminalProfile profile = TerminalProfile.FromVariables(name => name switch
        {
            "LC_ALL" => lcAll,
            "LC_CTYPE" => lcCtype,
            "LANG" => lang,
            _ => null,
        });
        Assert.Equal(utf8, profile.Utf8);
    }
}
