namespace CchcGrpc.Client.Tui.SlowLink;

/// <summary>
/// What the terminal shows, cell by cell, as it was sent: the text (after the ASCII fallback) and the
/// sent style. A cell is unknown (null text) before the first frame, after the screen is forgotten
/// (resize, Ctrl-L, resume) and on lines a scroll exposed; an unknown cell never equals a new one.
/// </summary>
public sealed class ShownScreen
{
    string?[] _text;
    SentStyle[] _style;

    /// <summary>A screen of unknown cells.</summary>
    public ShownScreen(int rows, int cols)
    {
        Rows = rows;
        Cols = cols;
        _text = new string?[rows * cols];
        _style = new SentStyle[rows * cols];
    }

    /// <summary>Rows of the screen.</summary>
    public int Rows { get; private set; }

    /// <summary>Columns of the screen.</summary>
    public int Cols { get; private set; }

    /// <summary>Whether the cell shows this text in this style (a blank: in a style that looks the same, <see cref="SentStyle.BlankLook"/>).</summary>
    public bool Shows(int row, int col, string text, SentStyle style)
    {
        int i = row * Cols + col;
        return _text[i] is { } shown && shown == text
            && (_style[i] == style || (text == " " && _style[i].BlankLook == style.BlankLook));
    }

    /// <summary>The text shown at a cell (null when unknown).</summary>
    public string? TextAt(int row, int col) => _text[row * Cols + col];

    /// <summary>The style shown at a cell.</summary>
    public SentStyle StyleAt(int row, int col) => _style[row * Cols + col];

    /// <summary>Records what a cell now shows.</summary>
    public void Set(int row, int col, string text, SentStyle style)
    {
        int i = row * Cols + col;
        _text[i] = text;
        _style[i] = style;
    }

    /// <summary>Every cell unknown, at a (new) size.</summary>
    public void Forget(int rows, int cols)
    {
        if (rows != Rows || cols != Cols)
        {
            Rows = rows;
            Cols = cols;
            _text = new string?[rows * cols];
            _style = new SentStyle[rows * cols];
            return;
        }
        Array.Clear(_text);
        Array.Clear(_style);
    }

    /// <summary>Every cell a blank in the default style: the screen right after SGR 0 and erase-display.</summary>
    public void Blank()
    {
        Array.Fill(_text, " ");
        Array.Fill(_style, SentStyle.Default);
    }

    /// <summary>Whether a whole row is known and equal to a row of a frame.</summary>
    public bool RowEquals(int shownRow, Frame frame, int frameRow)
    {
        for (int col = 0; col < Cols; col++)
        {
            if (!Shows(shownRow, col, frame.TextAt(frameRow, col), frame.StyleAt(frameRow, col)))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// Applies a scroll of the lines <paramref name="top"/>..<paramref name="bottom"/> by
    /// <paramref name="shift"/> lines (positive: content moves up, as CSI S); the exposed lines become blanks
    /// in <paramref name="exposed"/> (what the terminal fills them with), or unknown when that is not known.
    /// </summary>
    public void Scroll(int top, int bottom, int shift, SentStyle? exposed = null)
    {
        int height = bottom - top + 1;
        int moved = height - Math.Abs(shift);
        if (shift > 0)
        {
            Array.Copy(_text, (top + shift) * Cols, _text, top * Cols, moved * Cols);
            Array.Copy(_style, (top + shift) * Cols, _style, top * Cols, moved * Cols);
            Array.Clear(_text, (top + moved) * Cols, shift * Cols);
        }
        else
        {
            Array.Copy(_text, top * Cols, _text, (top - shift) * Cols, moved * Cols);
            Array.Copy(_style, top * Cols, _style, (top - shift) * Cols, moved * Cols);
            Array.Clear(_text, top * Cols, -shift * Cols);
        }
        if (exposed is { } blank)
        {
            int first = shift > 0 ? top + moved : top;
            Array.Fill(_text, " ", first * Cols, Math.Abs(shift) * Cols);
            Array.Fill(_style, blank, first * Cols, Math.Abs(shift) * Cols);
        }
    }
}
