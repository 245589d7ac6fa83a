using System.Text;

namespace CchcGrpc.Client.Tui.SlowLink;

/// <summary>
/// A scroll of whole terminal lines that makes the shown screen closer to a new frame: lines
/// <see cref="Top"/>..<see cref="Bottom"/> (0-based) move by <see cref="Shift"/> (positive = up, CSI S).
/// Sent as a scroll region (DECSTBM) and SU/SD, about 15 bytes instead of repainting every moved line.
/// </summary>
/// <remarks>
/// Upstream (Terminal.Gui 2.5.0) TableView, ListView and TextView repaint their whole viewport when they
/// scroll by one line (about 3.3 KB for a 20-line table); Terminal.Gui never uses scroll regions. Finding the
/// moved lines in the output needs no help from the views.
/// A line that moved need not be equal to where it came from: when a grid scrolls by a line its selection
/// moves too, so the line that was selected comes back restyled. The region is chosen by the bytes it
/// saves, line by line (cells a moved line already holds, less the cells that were already right in
/// place), so it spans such nearly equal lines and only their changed cells are sent after the scroll.
/// </remarks>
public readonly record struct ScrollPlan(int Top, int Bottom, int Shift)
{
    // Bytes of text a scroll must save to be worth its sequences (region, scroll, reset: ~15 B) and the
    // absolute move it costs afterwards (setting a region homes the cursor).
    const int MinimumSaving = 32;

    /// <summary>The scroll saving the most bytes, or null when none saves enough.</summary>
    public static ScrollPlan? Find(ShownScreen shown, Frame frame)
    {
        int rows = frame.Rows, cols = frame.Cols;
        if (shown.Rows != rows || shown.Cols != cols || rows < 4)
        {
            return null;
        }
        // Bytes of each new line's text (blanks are erased for a few bytes, so they count nothing), and the
        // bytes of it the shown line in the same place already holds.
        var weight = new int[rows * cols];
        var inPlace = new int[rows];
        for (int row = 0; row < rows; row++)
        {
            for (int col = 0; col < cols; col++)
            {
                string text = frame.TextAt(row, col);
                int bytes = text == " " ? 0 : Encoding.UTF8.GetByteCount(text);
                weight[row * cols + col] = bytes;
                if (bytes > 0 && shown.Shows(row, col, text, frame.StyleAt(row, col)))
                {
                    inPlace[row] += bytes;
                }
            }
        }

        ScrollPlan? best = null;
        int bestSaving = MinimumSaving - 1;
        foreach (int shift in CandidateShifts(shown, frame, weight))
        {
            // gain[row]: what moving the shown line row+shift to row saves over leaving row as it is; as
            // prefix sums, with those of inPlace, so each region is summed in constant time.
            var gains = new int[rows + 1];
            var rights = new int[rows + 1];
            for (int row = 0; row < rows; row++)
            {
                int from = row + shift;
                gains[row + 1] = gains[row] + (from < 0 || from >= rows ? 0 : Held(shown, frame, weight, from, row) - inPlace[row]);
                rights[row + 1] = rights[row] + inPlace[row];
            }
            int span = Math.Abs(shift);
            for (int top = 0; top < rows; top++)
            {
                for (int bottom = top + span; bottom < rows; bottom++)
                {
                    // Shift up: lines top..bottom-span receive the lines below them, bottom-span+1..bottom are
                    // exposed; shift down: top+span..bottom receive, top..top+span-1 are exposed. An exposed line
                    // is repainted, losing what it already showed right.
                    int movedFrom = shift > 0 ? top : top + span, movedTo = shift > 0 ? bottom - span : bottom;
                    int exposedFrom = shift > 0 ? bottom - span + 1 : top, exposedTo = shift > 0 ? bottom : top + span - 1;
                    int saving = gains[movedTo + 1] - gains[movedFrom] - (rights[exposedTo + 1] - rights[exposedFrom]);
                    // Of two regions saving the same, the smaller (lines of blanks count nothing either way).
                    if (saving > bestSaving || (saving == bestSaving && best is { } b && bottom - top < b.Bottom - b.Top))
                    {
                        bestSaving = saving;
                        best = new ScrollPlan(top, bottom, shift);
                    }
                }
            }
        }
        return best;
    }

    // Shifts under which some line with text is found whole elsewhere on the shown screen (at most half
    // the screen): a scroll is only tried where at least one line moved unchanged.
    static SortedSet<int> CandidateShifts(ShownScreen shown, Frame frame, int[] weight)
    {
        int rows = frame.Rows, cols = frame.Cols;
        var shownRows = new Dictionary<int, List<int>>();
        for (int row = 0; row < rows; row++)
        {
            if (ShownRowHash(shown, row) is { } hash)
            {
                if (!shownRows.TryGetValue(hash, out List<int>? list))
                {
                    shownRows[hash] = list = [];
                }
                list.Add(row);
            }
        }
        var shifts = new SortedSet<int>();
        for (int row = 0; row < rows; row++)
        {
            bool hasText = false;
            for (int col = 0; col < cols && !hasText; col++)
            {
                hasText = weight[row * cols + col] > 0;
            }
            if (!hasText || !shownRows.TryGetValue(frame.RowHash(row), out List<int>? sources))
            {
                continue;
            }
            foreach (int from in sources)
            {
                int shift = from - row;
                if (shift != 0 && Math.Abs(shift) <= rows / 2 && shown.RowEquals(from, frame, row))
                {
                    shifts.Add(shift);
                }
            }
        }
        return shifts;
    }

    // Bytes of the new line `row` that the shown line `from` holds in the same columns.
    static int Held(ShownScreen shown, Frame frame, int[] weight, int from, int row)
    {
        int cols = frame.Cols, held = 0;
        for (int col = 0; col < cols; col++)
        {
            int bytes = weight[row * cols + col];
            if (bytes > 0 && shown.Shows(from, col, frame.TextAt(row, col), frame.StyleAt(row, col)))
            {
                held += bytes;
            }
        }
        return held;
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
            hash.Add(Frame.CellHash(text, shown.StyleAt(row, col)));
        }
        return hash.ToHashCode();
    }
}
