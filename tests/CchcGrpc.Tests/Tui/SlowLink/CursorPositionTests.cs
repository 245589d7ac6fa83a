using System.Drawing;
using CchcGrpc.Client.Tui.SlowLink;
using Terminal.Gui.Drawing;
using Terminal.Gui.Drivers;
using Terminal.Gui.Views;

namespace CchcGrpc.Tests.Tui.SlowLink;

/// <summary>
/// Where the slow-link output believes the terminal's cursor is must be where the terminal put it: a
/// cursor Terminal.Gui places past the last column (a full text field) or off screen is clamped by the
/// terminal (CUP never leaves the screen), and a raw sequence passed through may move it. A wrong belief
/// makes the next relative move land elsewhere ("F7/H" shown as " 7/H" in tmux while Terminal.Gui's
/// buffer was right).
/// </summary>
[Collection(TerminalUiCollection.Name)]
public sealed class CursorPositionTests
{
    static readonly TerminalProfile Xterm256Utf8 = new(ColorDepth.Colors256, Utf8: true);

    static Label Footer(EntryGridScreen screen) => screen.Window.SubViews.OfType<Label>().Last();

    static int FooterRow(EntryGridScreen screen) =>
        Enumerable.Range(0, screen.Terminal.Rows).Single(row => screen.Terminal.Line(row).Contains("F2 sửa", StringComparison.Ordinal));

    [Theory]
    [InlineData(80)]
    [InlineData(95)]
    public void A_cursor_placed_past_the_last_column_does_not_shift_the_next_cells_on_that_row(int column)
    {
        using var screen = new EntryGridScreen(Xterm256Utf8);
        int row = FooterRow(screen);
        screen.Output.SetCursor(new Cursor { Position = new Point(column, row), Style = CursorStyle.BlinkingBar });
        screen.CatchUp();

        Footer(screen).Text = "F2 sửa · F7/H lịch sử · Esc quay lại";
        screen.Pass();
        screen.Output.FlushCursor();
        screen.CatchUp();

        Assert.Equal(screen.Drawn(), screen.Terminal.Text());
        Assert.Contains("F7/H lịch sử", screen.Terminal.Line(row), StringComparison.Ordinal);
    }

    [Fact]
    public void A_raw_sequence_that_moves_the_cursor_is_followed_by_an_absolute_move()
    {
        using var screen = new EntryGridScreen(Xterm256Utf8);
        int row = FooterRow(screen);
        screen.Output.SetCursor(new Cursor { Position = new Point(0, row), Style = CursorStyle.BlinkingBar });
        // A sequence Terminal.Gui writes itself (here a plain cursor move) is not parsed by the output.
        screen.Output.Write("\u001b[24;1H".AsSpan());
        screen.CatchUp();

        Footer(screen).Text = "F2 sửa · F7/H lịch sử · Esc quay lại";
        screen.Pass();
        screen.Output.FlushCursor();
        screen.CatchUp();

        Assert.Equal(screen.Drawn(), screen.Terminal.Text());
    }

    [Fact]
    public void A_cursor_moved_by_something_else_between_frames_does_not_put_a_row_on_the_wrong_line()
    {
        using var screen = new EntryGridScreen(Xterm256Utf8);
        int row = FooterRow(screen);
        screen.Output.SetCursor(new Cursor { Position = new Point(0, row), Style = CursorStyle.BlinkingBar });
        screen.CatchUp();
        // Out of band, e.g. an Enter echoed by the tty (CR LF): the cursor is now one line lower.
        screen.Terminal.Apply("\r\n");

        Footer(screen).Text = "F2 sửa · F7/H lịch sử · Esc quay lại";
        screen.Pass();
        screen.Output.FlushCursor();
        screen.CatchUp();

        Assert.Equal(screen.Drawn(), screen.Terminal.Text());
    }
}
