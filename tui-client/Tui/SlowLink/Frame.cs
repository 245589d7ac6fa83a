using Terminal.Gui.Drawing;
using Terminal.Gui.Text;

namespace CchcGrpc.Client.Tui.SlowLink;

/// <summary>
/// One frame of Terminal.Gui's output buffer in sent terms: each cell's text as it would go on the
/// wire (after the ASCII fallback), its column width and its sent style.
/// </summary>
public sealed class Frame
{
    readonly string[] _text;
    readonly SentStyle[] _style;
    readonly byte[] _width;

    Frame(int rows, int cols)
    {
        Rows = rows;
        Cols = cols;
        _text = new string[rows * cols];
        _style = new SentStyle[rows * cols];
        _width = new byte[rows * cols];
    }

    /// <summary>Rows of the frame.</summary>
    public int Rows { get; }

    /// <summary>Columns of the frame.</summary>
    public int Cols { get; }

    /// <summary>The text sent for a cell.</summary>
    public string TextAt(int row, int col) => _text[row * Cols + col];

    /// <summary>The style sent for a cell.</summary>
    public SentStyle StyleAt(int row, int col) => _style[row * Cols + col];

    /// <summary>Columns the cell's text takes (2 for a wide glyph, whose right half is the next cell).</summary>
    public int WidthAt(int row, int col) => _width[row * Cols + col];

    /// <summary>A hash of a row's cells, to find rows that moved (<see cref="CellHash"/>).</summary>
    public int RowHash(int row)
    {
        var hash = new HashCode();
        for (int col = 0; col < Cols; col++)
        {
            hash.Add(CellHash(_text[row * Cols + col], _style[row * Cols + col]));
        }
        return hash.ToHashCode();
    }

    /// <summary>
    /// A cell's hash as <see cref="ShownScreen.Shows"/> compares cells: a blank by its look
    /// (<see cref="SentStyle.BlankLook"/>), anything else by its text and style.
    /// </summary>
    public static int CellHash(string text, SentStyle style) =>
        text == " " ? HashCode.Combine(text, style.BlankLook) : HashCode.Combine(text, style);

    /// <summary>Reads Terminal.Gui's cells (null contents = an empty frame of that size).</summary>
    public static Frame From(Cell[,]? contents, int rows, int cols, StyleMapper styles, bool utf8)
    {
        var frame = new Frame(rows, cols);
        for (int row = 0; row < rows; row++)
        {
            for (int col = 0; col < cols; col++)
            {
                int i = row * cols + col;
                Cell cell = contents is null || row >= contents.GetLength(0) || col >= contents.GetLength(1) ? default : contents[row, col];
                string grapheme = string.IsNullOrEmpty(cell.Grapheme) || char.IsControl(cell.Grapheme[0]) ? " " : cell.Grapheme;
                int width = grapheme.Length == 1 && grapheme[0] < 0x80 ? 1 : Math.Clamp(grapheme.GetColumns(), 1, 2);
                if (width == 2 && col == cols - 1)
                {
                    grapheme = " ";
                    width = 1;
                }
                frame._text[i] = utf8 ? grapheme : AsciiFallback.ToAscii(grapheme, width);
                frame._style[i] = styles.Map(cell.Attribute);
                frame._width[i] = (byte)width;
            }
        }
        return frame;
    }
}
