namespace CchcGrpc.Client.Tui.SlowLink;

/// <summary>
/// A scroll of whole terminal lines that makes the shown screen closer to a new frame: lines
/// <see cref="Top"/>..<see cref="Bottom"/> (0-based) move by <see cref="Shift"/> (positive = up, CSI S).
/// Sent as a scroll region (DECSTBM) and SU/SD, about 20 bytes instead of repainting every moved line.
/// </summary>
/// <remarks>
/// Upstream (Terminal.Gui 2.5.0) TableView, ListView and TextView repaint their whole viewport when they
/// scroll by one line (about 3.3 KB for a 20-line table); Terminal.Gui never uses scroll regions. Finding the
/// moved lines in the output needs no help from the views.
/// </remarks>
public readonly record struct ScrollPlan(int Top, int Bottom, int Shift)
{
    // Lines a scroll must save, over its ~20 bytes and the lines it blanks, to be worth sending.
    const int MinimumSaving = 2;

    /// <summary>The scroll saving the most repainted lines, or null when none saves enough.</summary>
    public static ScrollPlan? Find(ShownScreen shown, Frame frame)
    {
        int rows = frame.Rows;
        if (shown.Rows != rows || shown.Cols != frame.Cols || rows < 4)
        {
            return null;
        }
        var newHash = new int[rows];
        var inPlace = new bool[rows];
        for (int row = 0; row < rows; row++)
        {
            newHash[row] = frame.RowHash(row);
            inPlace[row] = shown.RowEquals(row, frame, row);
        }
        var oldHash = new int?[rows];
        for (int row = 0; row < rows; row++)
        {
            oldHash[row] = ShownRowHash(shown, row);
        }

        ScrollPlan? best = null;
        int bestSaving = MinimumSaving - 1;
        int maxShift = rows / 2;
        for (int shift = -maxShift; shift <= maxShift; shift++)
        {
            if (shift == 0)
            {
                continue;
            }
            int row = 0;
            while (row < rows)
            {
                int from = row + shift;
                if (from < 0 || from >= rows || oldHash[from] != newHash[row] || !shown.RowEquals(from, frame, row))
                {
                    row++;
                    continue;
                }
                // A band of new lines [start, end] that the shown lines [start+shift, end+shift] already hold.
                int start = row;
                int saving = 0;
                while (row < rows && row + shift >= 0 && row + shift < rows
                       && oldHash[row + shift] == newHash[row] && shown.RowEquals(row + shift, frame, row))
                {
                    saving += inPlace[row] ? 0 : 1;
                    row++;
                }
                int end = row - 1;
                // The region spans the band and the lines it is scrolled from; the lines the scroll exposes
                // must be repainted, which costs a line for each one that was already right.
                int top = shift > 0 ? start : start + shift;
                int bottom = shift > 0 ? end + shift : end;
                int exposedFrom = shift > 0 ? end + 1 : top;
                int exposedTo = shift > 0 ? bottom : start - 1;
                for (int exposed = exposedFrom; exposed <= exposedTo; exposed++)
                {
                    saving -= inPlace[exposed] ? 1 : 0;
                }
                if (saving > bestSaving)
                {
                    bestSaving = saving;
                    best = new ScrollPlan(top, bottom, shift);
                }
            }
        }
        return best;
    }

    static int? ShownRowHash(ShownScreen shown, int row)
    {
        var hash = new HashCode();
        for (int col = 0; col < shown.Cols; col++)
        {
            if (shown.TextAt(row, col) is not { } text)
            {
                return null;
            }
            hash.Add(text);
            hash.Add(shown.StyleAt(row, col));
        }
        return hash.ToHashCode();
    }
}
