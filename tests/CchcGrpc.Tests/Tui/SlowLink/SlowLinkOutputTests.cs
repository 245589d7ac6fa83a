using CchcGrpc.Client.Tui.SlowLink;
using Terminal.Gui.Input;

namespace CchcGrpc.Tests.Tui.SlowLink;

/// <summary>
/// The slow-link output on an entry-grid screen at 80×24: what it sends for a digit, a row move, a
/// scroll, while idle and on a forced redraw, and that the terminal then shows exactly what Terminal.Gui
/// drew.
/// </summary>
[Collection(TerminalUiCollection.Name)]
public sealed class SlowLinkOutputTests
{
    static readonly TerminalProfile Xterm256Utf8 = new(ColorDepth.Colors256, Utf8: true);

    [Fact]
    public void The_first_frame_paints_the_whole_screen_and_the_terminal_shows_it()
    {
        using var screen = new EntryGridScreen(Xterm256Utf8);
        Assert.Equal(screen.Drawn(), screen.Terminal.Text());
        Assert.Contains("Nhập báo cáo", screen.Terminal.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_digit_typed_in_a_field_sends_that_cell_and_the_cursor_only()
    {
        using var screen = new EntryGridScreen(Xterm256Utf8);
        screen.Field.SetFocus();
        screen.Pass();
        screen.CatchUp();

        var costs = new List<long>();
        foreach (Key digit in new[] { Key.D1, Key.D2, Key.D5, Key.D0 })
        {
            costs.Add(screen.Press(digit));
            Assert.Equal(screen.Drawn(), screen.Terminal.Text());
        }

        // Terminal.Gui as shipped sends ~1,160 B for one digit at 80×24; here the cell, its colour and the cursor.
        Assert.All(costs, bytes => Assert.InRange(bytes, 1, 40));
        Assert.Contains("1250", screen.Terminal.Line(1), StringComparison.Ordinal);
    }

    [Fact]
    public void Moving_the_selected_row_sends_the_two_rows_that_changed()
    {
        using var screen = new EntryGridScreen(Xterm256Utf8);
        screen.Grid.SetFocus();
        screen.Pass();
        screen.CatchUp();

        for (int move = 0; move < 10; move++)
        {
            long bytes = screen.Press(Key.CursorDown);
            // As shipped a row move costs ~3,400 B (the whole table); the target is 300 B.
            Assert.InRange(bytes, 1, 300);
            Assert.Equal(screen.Drawn(), screen.Terminal.Text());
        }
        Assert.Equal(0, screen.Output.ScrollsSent);
    }

    [Fact]
    public void Moving_past_the_last_visible_row_scrolls_with_a_scroll_region_instead_of_repainting()
    {
        using var screen = new EntryGridScreen(Xterm256Utf8);
        screen.Grid.SetFocus();
        screen.Pass();
        screen.CatchUp();
        int visibleRows = screen.Grid.Viewport.Height;

        var costs = new List<long>();
        for (int move = 0; move < visibleRows + 10; move++)
        {
            costs.Add(screen.Press(Key.CursorDown));
            Assert.Equal(screen.Drawn(), screen.Terminal.Text());
        }

        Assert.True(screen.Output.ScrollsSent >= 8, $"scrolls sent: {screen.Output.ScrollsSent}");
        // Scrolling by a line repaints the table as shipped (~3.3 KB); here the region, the new line and the highlight.
        Assert.All(costs, bytes => Assert.InRange(bytes, 1, 300));
        Assert.Contains(screen.Output.GetLastOutput(), c => c == 'S');
    }

    [Fact]
    public void Paging_and_jumping_through_the_grid_keeps_the_terminal_equal_to_the_drawn_screen()
    {
        using var screen = new EntryGridScreen(Xterm256Utf8, cols: 120, rows: 40, indicators: 200);
        screen.Grid.SetFocus();
        Key[] keys = [Key.PageDown, Key.PageDown, Key.CursorUp, Key.CursorUp, Key.PageUp, Key.End, Key.Home,
            Key.CursorDown, Key.CursorDown, Key.CursorRight, Key.CursorLeft, Key.End.WithCtrl, Key.Home.WithCtrl, Key.PageDown];
        foreach (Key key in keys)
        {
            screen.Press(key);
            Assert.Equal(screen.Drawn(), screen.Terminal.Text());
        }
    }

    [Fact]
    public void Nothing_is_sent_while_idle()
    {
        using var screen = new EntryGridScreen(Xterm256Utf8);
        screen.Field.SetFocus();
        screen.Pass();
        screen.Output.FlushCursor();
        long before = screen.Sink.BytesWritten;

        // Upstream sends ESC[?25l ESC[1;1H on every pass (~300 B/s); a pass here with nothing new sends nothing.
        for (int pass = 0; pass < 200; pass++)
        {
            screen.Pass();
            screen.Output.FlushCursor();
        }

        Assert.Equal(before, screen.Sink.BytesWritten);
    }

    [Fact]
    public void A_redraw_that_changes_nothing_sends_nothing_but_a_forced_redraw_repaints_everything()
    {
        using var screen = new EntryGridScreen(Xterm256Utf8);
        screen.Grid.SetFocus();
        screen.Pass();
        screen.CatchUp();
        long before = screen.Sink.BytesWritten;

        screen.Window.SetNeedsDraw();
        screen.Pass();
        screen.Output.FlushCursor();
        Assert.Equal(before, screen.Sink.BytesWritten);

        // Ctrl-L: the terminal may show line noise, so it is erased and every cell sent again.
        screen.App.LayoutAndDraw(forceRedraw: true);
        screen.CatchUp();
        Assert.StartsWith("\u001b[0m\u001b[2J", screen.Output.GetLastOutput(), StringComparison.Ordinal);
        Assert.True(screen.Sink.BytesWritten - before > 80 * 24, "a forced redraw sends the whole screen");
        Assert.Equal(screen.Drawn(), screen.Terminal.Text());
    }

    [Fact]
    public void Mouse_tracking_is_never_switched_on()
    {
        using var screen = new EntryGridScreen(Xterm256Utf8);
        screen.Press(Key.Tab);
        // Upstream re-enables tracking on resume by writing it raw; the raw path drops it.
        screen.App.Driver!.WriteRaw("\u001b[?1003h\u001b[?1015h\u001b[?1006h");
        screen.CatchUp();

        Assert.False(MouseModes.Enables(screen.Sink.Captured));
        Assert.DoesNotContain(screen.Terminal.EverEnabledModes, mode => mode is 1000 or 1002 or 1003 or 1006 or 1015);
    }
}
