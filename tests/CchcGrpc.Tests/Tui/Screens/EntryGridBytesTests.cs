using System.Text.RegularExpressions;
using CchcGrpc.Client.Tui.Host;
using CchcGrpc.Client.Tui.Screens;
using CchcGrpc.Client.Tui.Shell;
using CchcGrpc.Client.Tui.SlowLink;
using CchcGrpc.Tests.EndToEnd;
using CchcGrpc.Tests.Tui.SlowLink;
using Terminal.Gui.Input;

namespace CchcGrpc.Tests.Tui.Screens;

/// <summary>
/// What a row move on the real entry grid sends to the terminal (Đắk Glong, 67.661, its newest period, 256
/// colours as over SSH): moves down the whole form and back up within the issue's 300 B (the median well under,
/// none repainting the grid), moves past the edge of the grid sent as a scroll region and the new line, and the
/// terminal, fed every byte, showing what the screen drew. The selected row and cell stay visible with and
/// without colour, and the indicator's full name is under the grid where the grid cuts it.
/// </summary>
[Collection(TerminalUiCollection.Name)]
public sealed class EntryGridBytesTests(ReportingServer server) : IClassFixture<ReportingServer>
{
    static readonly TerminalProfile Xterm256 = new(ColorDepth.Colors256, Utf8: true);

    [Theory]
    [InlineData(80, 24)]
    [InlineData(120, 40)]
    public void Row_moves_down_the_form_and_back_scroll_by_the_line_within_300_bytes_and_the_terminal_shows_the_screen(int width, int height)
    {
        using var tui = new TuiHarness(server, "op.dakmil", width: width, height: height, profile: Xterm256);
        tui.Press(Key.Enter);
        var entry = Assert.IsType<ReportEntryScreen>(tui.Current);
        var terminal = new VirtualTerminal(height, width);
        terminal.Apply(tui.Sink.Captured);
        var applied = tui.Sink.Captured.Length;

        var moves = new List<(string Key, long Bytes, string Sent)>();
        var last = entry.Rows.Count(r => !r.IsHeading);
        foreach (var key in Enumerable.Repeat(Key.CursorDown, last).Concat(Enumerable.Repeat(Key.CursorUp, last)))
        {
            tui.Press(key);
            var sent = tui.Sink.Captured[applied..];
            applied = tui.Sink.Captured.Length;
            terminal.Apply(sent);
            moves.Add((key == Key.CursorDown ? "↓" : "↑", tui.LastKeyBytes, sent));
            Assert.Equal(tui.Lines.Take(height), Visible(terminal));
        }

        Assert.Equal("I.1", entry.SelectedRow!.Indicator!.Id);
        Assert.Contains("I. Công tác chỉ đạo điều hành CCHC", tui.Screen); // the heading came back with its field's first row
        // A grid of whole pages cost 1.2 KB (80×24) to 3.3 KB (120×40) each time the selection left the page.
        // A grid of whole pages cost 1.2 KB (80×24) to 3.3 KB (120×40) each time the selection left the page;
        // now no move repaints the grid. The dearest rows (~380 B) bring a field's heading or a choice's
        // options into view with a name of ~110 letters, ~150 B in UTF-8, shown whole under the grid.
        var worst = moves.MaxBy(m => m.Bytes);
        Assert.True(worst.Bytes <= 400, $"a move {worst.Key} sent {worst.Bytes} B: {worst.Sent.Replace("\u001b", "ESC", StringComparison.Ordinal)}");
        var sorted = moves.Select(m => m.Bytes).Order().ToList();
        Assert.True(sorted[sorted.Count / 2] <= 250, $"median {sorted[sorted.Count / 2]} B");
        Assert.True(sorted[sorted.Count * 9 / 10] <= 300, $"90th percentile {sorted[sorted.Count * 9 / 10]} B");
        var scrolls = moves.Count(m => Regex.IsMatch(m.Sent, @"\x1b\[\d+;\d+r\x1b\[\d*[ST]"));
        Assert.True(scrolls >= last, $"{scrolls} of {moves.Count} moves scrolled the grid with a scroll region");
        // An erase takes only the background: the foreground is never changed just before one.
        Assert.DoesNotContain(moves, m => Regex.IsMatch(m.Sent, @"\x1b\[38;5;\d+m\x1b\[\d*[XK]"));
    }

    [Fact]
    public void A_row_move_within_the_grid_sends_the_marker_the_focused_cell_and_the_detail_line_only()
    {
        using var tui = new TuiHarness(server, "op.dakmil", profile: Xterm256);
        tui.Press(Key.Enter);
        var entry = Assert.IsType<ReportEntryScreen>(tui.Current);
        tui.Press(Key.CursorDown);
        var before = tui.Sink.Captured.Length;
        tui.Press(Key.CursorDown);
        var sent = tui.Sink.Captured[before..];

        Assert.Equal("I.2.1", entry.SelectedRow!.Indicator!.Id);
        // "Số nhiệm vụ đề ra trong kế hoạch" fits the grid at 80 columns: it is not repeated under it.
        Assert.DoesNotContain("Số nhiệm vụ", sent);
        Assert.True(tui.LastKeyBytes <= 100, $"{tui.LastKeyBytes} B: {sent.Replace("\u001b", "ESC", StringComparison.Ordinal)}");
        Assert.StartsWith(" >2.1 ", tui.GridLine("I.2.1"));
        Assert.StartsWith("  2 ", tui.GridLine("I.2"));
    }

    [Fact]
    public void The_full_name_is_under_the_grid_where_the_grid_cuts_it_and_a_derived_row_shows_its_formula()
    {
        using var tui = new TuiHarness(server, "op.dakmil", profile: Xterm256);
        tui.Press(Key.Enter);
        var entry = Assert.IsType<ReportEntryScreen>(tui.Current);
        const int detail = 24 - 5; // under the grid: the detail line, two lines for findings, status, footer

        Assert.Contains("Số văn bản chỉ đạo CCHC đã ban …", tui.GridLine("I.1"));
        Assert.StartsWith(" Số văn bản chỉ đạo CCHC đã ban hành (Kết luận, chỉ thị", tui.Row(detail));
        tui.GoTo("I.2");
        Assert.StartsWith(" Tỷ lệ hoàn thành Kế hoạch CCHC năm (Lũy kế đến thời điểm báo cáo) = 2.2 / 2", tui.Row(detail));
        tui.GoTo("I.2.1");
        Assert.Equal("", tui.Row(detail).Trim());
        Assert.Equal("I.2.1", entry.SelectedRow!.Indicator!.Id);
    }

    [Fact]
    public void The_focused_cell_is_marked_in_colour_and_in_reverse_video_without_colour()
    {
        using (var tui = new TuiHarness(server, "op.dakmil", profile: Xterm256))
        {
            tui.Press(Key.Enter);
            var terminal = new VirtualTerminal(24, 80);
            terminal.Apply(tui.Sink.Captured);
            var (row, value) = FocusedValueCell(tui);
            // The empty value cell of the selected row has a background of its own (it had the grid's, SGR 7
            // having swapped black on cyan into cyan on black).
            Assert.NotEqual(Background(terminal, row, 40), Background(terminal, row, value));
            Assert.Equal(Background(terminal, row + 1, 40), Background(terminal, row + 1, value));
        }
        using (var tui = new TuiHarness(server, "op.dakmil", profile: new TerminalProfile(ColorDepth.None, Utf8: true)))
        {
            tui.Press(Key.Enter);
            var terminal = new VirtualTerminal(24, 80);
            terminal.Apply(tui.Sink.Captured);
            var (row, value) = FocusedValueCell(tui);
            Assert.True(terminal.IsReverse(row, value), "the focused cell is in reverse video without colour");
            Assert.False(terminal.IsReverse(row + 1, value), "the cell under it is not");
        }
    }

    [Fact]
    public void Page_down_turns_a_whole_page_and_keeps_the_selection_where_it_was_in_the_grid()
    {
        using var tui = new TuiHarness(server, "op.dakmil", profile: Xterm256);
        tui.Press(Key.Enter);
        var entry = Assert.IsType<ReportEntryScreen>(tui.Current);
        tui.Press(Key.CursorDown, Key.CursorDown);
        var line = tui.RowOf(tui.GridLine(entry.SelectedRow!.Indicator!.Id));
        var index = entry.Rows.ToList().IndexOf(entry.SelectedRow!);

        tui.Press(Key.PageDown);

        var paged = entry.Rows.ToList().IndexOf(entry.SelectedRow!);
        Assert.True(paged - index >= 14, $"PgDn moved from row {index} to {paged}");
        Assert.Equal(line, tui.RowOf(tui.GridLine(entry.SelectedRow!.Indicator!.Id)));
        Assert.DoesNotContain(tui.Lines, l => l.Contains("Số văn bản chỉ đạo CCHC", StringComparison.Ordinal));
    }

    static (int Row, int Col) FocusedValueCell(TuiHarness tui)
    {
        var row = tui.RowOf(tui.GridLine("I.1"));
        var focus = CellColors.Of(CellStyle.Focus);
        return (row, Enumerable.Range(0, 80).First(c => tui.Contents[row, c].Attribute == focus));
    }

    static string Background(VirtualTerminal terminal, int row, int col) => Regex.Match(terminal.StyleAt(row, col), @"bg=\S*").Value;

    // The terminal's lines as TuiHarness.Lines gives the driver's: trailing blanks cut.
    static IEnumerable<string> Visible(VirtualTerminal terminal) => Enumerable.Range(0, terminal.Rows).Select(row => terminal.Line(row).TrimEnd());
}
