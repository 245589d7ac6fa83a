using CchcGrpc.Client.Tui.SlowLink;
using Terminal.Gui.Input;

namespace CchcGrpc.Tests.Tui.SlowLink;

/// <summary>Colours at the terminal's depth, none with NO_COLOR (focus still visible), ASCII outside UTF-8 locales.</summary>
[Collection(TerminalUiCollection.Name)]
public sealed class ColourAndLocaleTests
{
    [Theory]
    [InlineData(ColorDepth.TrueColor, "38;2;")]
    [InlineData(ColorDepth.Colors256, "38;5;")]
    public void Colours_are_sent_at_the_depth_the_terminal_has(ColorDepth depth, string foregroundSyntax)
    {
        using var screen = new EntryGridScreen(new TerminalProfile(depth, Utf8: true));
        string sent = screen.Sink.Captured;
        Assert.Contains(foregroundSyntax, sent, StringComparison.Ordinal);
        if (depth != ColorDepth.TrueColor)
        {
            Assert.DoesNotContain("38;2;", sent, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Sixteen_colours_use_only_the_basic_and_bright_codes()
    {
        using var screen = new EntryGridScreen(new TerminalProfile(ColorDepth.Colors16, Utf8: true));
        string sent = screen.Sink.Captured;
        Assert.DoesNotContain("38;", sent, StringComparison.Ordinal);
        Assert.DoesNotContain("48;", sent, StringComparison.Ordinal);
        for (int row = 0; row < screen.Terminal.Rows; row++)
        {
            for (int col = 0; col < screen.Terminal.Cols; col++)
            {
                Assert.Matches(@"^fg=(3[0-7]|9[0-7]|) bg=(4[0-7]|10[0-7]|) ", screen.Terminal.StyleAt(row, col));
            }
        }
    }

    [Fact]
    public void With_NO_COLOR_no_colour_is_sent_and_the_selected_row_is_in_reverse_video()
    {
        using var screen = new EntryGridScreen(TerminalProfile.FromVariables(name => name switch
        {
            "NO_COLOR" => "1",
            "TERM" => "xterm-256color",
            "COLORTERM" => "truecolor",
            "LANG" => "vi_VN.UTF-8",
            _ => null,
        }));
        screen.Grid.SetFocus();
        screen.Press(Key.CursorDown);
        screen.Press(Key.CursorDown);

        for (int row = 0; row < screen.Terminal.Rows; row++)
        {
            for (int col = 0; col < screen.Terminal.Cols; col++)
            {
                Assert.StartsWith("fg= bg= ", screen.Terminal.StyleAt(row, col), StringComparison.Ordinal);
            }
        }
        int selected = Enumerable.Range(0, screen.Terminal.Rows).Single(row => screen.Terminal.Line(row).Contains(SelectedCode(screen), StringComparison.Ordinal));
        Assert.True(screen.Terminal.IsReverse(selected, 5), "the selected row is in reverse video");
        Assert.False(screen.Terminal.IsReverse(selected + 1, 5), "the row under it is not");
    }

    [Fact]
    public void Outside_a_UTF8_locale_borders_are_ASCII_and_letters_lose_their_marks()
    {
        using var screen = new EntryGridScreen(TerminalProfile.FromVariables(name => name switch
        {
            "TERM" => "xterm",
            "LANG" => "C",
            _ => null,
        }));

        string shown = screen.Terminal.Text();
        Assert.All(shown, c => Assert.True(c < 0x80, $"non-ASCII U+{(int)c:X4} sent"));
        Assert.Equal('+', shown[0]);
        Assert.Contains("Nhap bao cao", shown, StringComparison.Ordinal);
        Assert.Contains("Tinh Dak Lak", shown, StringComparison.Ordinal);
        Assert.Equal('|', screen.Terminal.Line(1)[0]);
    }

    static string SelectedCode(EntryGridScreen screen) =>
        screen.Grid.Table![screen.Grid.Value!.SelectedCell.Y, 0]?.ToString() ?? throw new InvalidOperationException();
}
