using Terminal.Gui.Views;

namespace CchcGrpc.Client.Tui.SlowLink;

/// <summary>
/// Settings that keep a TableView cheap to move through on a slow link: fixed column widths. With them, a
/// row move changes two lines and a scroll by one line is sent by <see cref="SlowLinkOutput"/> as a scroll
/// region (~20 B plus the new line) instead of a repaint of the table.
/// </summary>
/// <remarks>
/// Upstream (Terminal.Gui 2.5.0): TableView sizes each column from the rows currently visible, so a longer
/// name scrolling into view widens its column and moves every other column, which changes every line of
/// the table (about 1.4 KB at 80×24) and leaves no moved lines to scroll.
/// </remarks>
public static class SlowLinkGrid
{
    /// <summary>Fixes each column's width (columns beyond the list keep Terminal.Gui's sizing).</summary>
    public static void FixColumnWidths(TableView table, IReadOnlyList<int> widths)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(widths);
        for (int column = 0; column < widths.Count; column++)
        {
            ColumnStyle style = table.Style.GetOrCreateColumnStyle(column);
            style.MinWidth = widths[column];
            style.MaxWidth = widths[column];
            style.MinAcceptableWidth = Math.Min(widths[column], style.MinAcceptableWidth);
        }
        table.Update();
    }
}
