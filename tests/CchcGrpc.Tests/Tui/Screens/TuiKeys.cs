using CchcGrpc.Client.Tui.Screens;
using Terminal.Gui.Input;

namespace CchcGrpc.Tests.Tui.Screens;

/// <summary>Key sequences the screen tests share: reaching a period on home, a row in the entry grid.</summary>
public static class TuiKeys
{
    /// <summary>From home, moves to a period with ↓ and opens its report with Enter.</summary>
    public static ReportEntryScreen OpenReport(this TuiHarness tui, string periodId)
    {
        tui.OpenPeriod(periodId);
        return Assert.IsType<ReportEntryScreen>(tui.Current);
    }

    /// <summary>From home, moves to a period with ↓ and presses Enter (whatever screen that shows).</summary>
    public static void OpenPeriod(this TuiHarness tui, string periodId)
    {
        var home = Assert.IsType<HomeScreen>(tui.Current);
        tui.Press(Key.Home);
        while (home.Rows[home.Selected].Period.Id != periodId)
        {
            Assert.True(home.Selected < home.Rows.Count - 1, $"no period {periodId} on home");
            tui.Press(Key.CursorDown);
        }
        tui.Press(Key.Enter);
    }

    /// <summary>Moves the grid's selection to an indicator's row with ↓/↑ (as an operator would).</summary>
    public static void GoTo(this TuiHarness tui, string indicatorId)
    {
        var entry = Assert.IsType<ReportEntryScreen>(tui.Current);
        var target = entry.Rows.ToList().FindIndex(r => r.Indicator?.Id == indicatorId);
        Assert.True(target >= 0, $"no row {indicatorId}");
        for (var guard = 0; entry.SelectedRow?.Indicator?.Id != indicatorId && guard < 500; guard++)
            tui.Press(entry.Rows.ToList().IndexOf(entry.SelectedRow!) < target ? Key.CursorDown : Key.CursorUp);
        Assert.Equal(indicatorId, entry.SelectedRow?.Indicator?.Id);
    }

    /// <summary>Enter on the selected cell, the text typed, Enter to accept.</summary>
    public static void Enter(this TuiHarness tui, string text)
    {
        tui.Press(Key.Enter);
        tui.Type(text);
        tui.Press(Key.Enter);
    }

    /// <summary>The screen row showing an indicator's line (found by its name as shown).</summary>
    public static string GridLine(this TuiHarness tui, string indicatorId)
    {
        var entry = Assert.IsType<ReportEntryScreen>(tui.Current);
        var row = entry.Rows.Single(r => r.Indicator?.Id == indicatorId);
        var start = row.Indicator!.Name[..Math.Min(20, row.Indicator.Name.Length)];
        return tui.Lines.First(l => l.Length > 11 && l[2..].StartsWith(row.Code + " ", StringComparison.Ordinal) && l.Contains(start, StringComparison.Ordinal));
    }
}
