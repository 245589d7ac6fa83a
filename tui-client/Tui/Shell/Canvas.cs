using System.Text;

namespace CchcGrpc.Client.Tui.Shell;

/// <summary>
/// The character grid a screen draws into: one char and one <see cref="CellStyle"/> per cell. Screens
/// draw here, not into Terminal.Gui, so their output can be read in tests as text and styles.
/// </summary>
public sealed class Canvas
{
    private readonly char[] _chars;
    private readonly CellStyle[] _styles;

    public Canvas(int width, int height)
    {
        Width = Math.Max(1, width);
        Height = Math.Max(1, height);
        _chars = new char[Width * Height];
        _styles = new CellStyle[Width * Height];
        Array.Fill(_chars, ' ');
    }

    public int Width { get; }

    public int Height { get; }

    public char CharAt(int x, int y) => _chars[y * Width + x];

    public CellStyle StyleAt(int x, int y) => _styles[y * Width + x];

    /// <summary>Writes text from (x, y), cut at <paramref name="max"/> cells and at the right edge; returns the cells written.</summary>
    public int Write(int x, int y, string text, CellStyle style = CellStyle.Normal, int max = int.MaxValue)
    {
        if (y < 0 || y >= Height)
            return 0;
        var normalized = text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
        var written = 0;
        foreach (var c in normalized)
        {
            if (written >= max || x + written >= Width)
                break;
            if (x + written >= 0)
            {
                var i = y * Width + x + written;
                _chars[i] = c is '\n' or '\r' or '\t' ? ' ' : c;
                _styles[i] = style;
            }
            written++;
        }
        return written;
    }

    /// <summary>Writes text padded with spaces to exactly <paramref name="width"/> cells (cut with … when longer).</summary>
    public void Field(int x, int y, int width, string text, CellStyle style = CellStyle.Normal, bool right = false)
    {
        if (width <= 0)
            return;
        var cut = Fit(text, width);
        var padded = right ? cut.PadLeft(width) : cut.PadRight(width);
        Write(x, y, padded, style, width);
    }

    public void Fill(int x, int y, int width, CellStyle style, char c = ' ') => Write(x, y, new string(c, Math.Max(0, width)), style);

    public void Restyle(int x, int y, int width, CellStyle style)
    {
        if (y < 0 || y >= Height)
            return;
        for (var i = Math.Max(0, x); i < Math.Min(Width, x + width); i++)
            _styles[y * Width + i] = style;
    }

    /// <summary>Text broken at spaces into lines of at most <paramref name="width"/> cells.</summary>
    public static IEnumerable<string> WrapLines(string text, int width)
    {
        var rest = text;
        while (rest.Length > width && width > 1)
        {
            var cut = rest.LastIndexOf(' ', width);
            if (cut <= 0)
                cut = width;
            yield return rest[..cut];
            rest = rest[cut..].TrimStart();
        }
        yield return rest;
    }

    /// <summary>Writes text over up to <paramref name="lines"/> rows, broken at spaces; the last row ends in … when it does not fit.</summary>
    public void Wrap(int x, int y, int width, int lines, string text, CellStyle style)
    {
        var rest = text;
        for (var i = 0; i < lines && rest.Length > 0; i++)
        {
            if (rest.Length <= width || i == lines - 1)
            {
                Write(x, y + i, Fit(rest, width), style);
                return;
            }
            var cut = rest.LastIndexOf(' ', Math.Min(width, rest.Length - 1));
            if (cut <= 0)
                cut = width;
            Write(x, y + i, rest[..cut], style);
            rest = rest[cut..].TrimStart();
        }
    }

    /// <summary>Text cut to <paramref name="width"/> cells, ending in … when something was cut.</summary>
    public static string Fit(string text, int width)
    {
        var t = text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
        if (t.Length <= width)
            return t;
        return width <= 1 ? t[..width] : t[..(width - 1)] + "…";
    }

    /// <summary>A framed, cleared box with its title in the top border (ASCII corners when the terminal is not UTF-8).</summary>
    public void Box(int x, int y, int width, int height, string title, bool ascii)
    {
        var (h, v, tl, tr, bl, br) = ascii ? ('-', '|', '+', '+', '+', '+') : ('─', '│', '┌', '┐', '└', '┘');
        for (var row = y; row < y + height; row++)
        {
            var edge = row == y || row == y + height - 1;
            var left = row == y ? tl : row == y + height - 1 ? bl : v;
            var right = row == y ? tr : row == y + height - 1 ? br : v;
            Write(x, row, left + (edge ? new string(h, width - 2) : new string(' ', width - 2)) + right, CellStyle.Normal);
        }
        if (title.Length > 0)
            Write(x + 2, y, " " + Fit(title, width - 6) + " ", CellStyle.Heading);
    }

    public string Line(int y) => new(_chars, y * Width, Width);

    public override string ToString() => string.Join('\n', Enumerable.Range(0, Height).Select(y => Line(y).TrimEnd()));
}
