using System.Globalization;
using System.Text;

namespace CchcGrpc.Tests.Tui.SlowLink;

/// <summary>
/// A small VT100/xterm screen for tests: it applies the bytes the slow-link output sent (text, CUP, CUF,
/// CUB, CR, LF, SGR, ED, EL, ECH, DECSTBM, SU, SD, DEC private modes) so a test can check that the terminal ends up
/// showing what Terminal.Gui drew. Auto-wrap is off (the output sends ?7l); unknown sequences fail the test.
/// </summary>
public sealed class VirtualTerminal
{
    readonly string[,] _text;
    readonly string[,] _sgr;
    int _row, _col, _top, _bottom;
    string _currentSgr = "fg= bg= style=";

    public VirtualTerminal(int rows, int cols)
    {
        Rows = rows;
        Cols = cols;
        _text = new string[rows, cols];
        _sgr = new string[rows, cols];
        _bottom = rows - 1;
        EraseAll();
    }

    public int Rows { get; }
    public int Cols { get; }
    public bool CursorVisible { get; private set; } = true;
    public HashSet<int> EnabledModes { get; } = [];
    public List<int> EverEnabledModes { get; } = [];
    public (int Row, int Col) Cursor => (_row, _col);

    /// <summary>Screen text, one line per row, as Terminal.Gui's Driver.ToString() writes it.</summary>
    public string Text()
    {
        var sb = new StringBuilder();
        for (int row = 0; row < Rows; row++)
        {
            sb.AppendLine(Line(row));
        }
        return sb.ToString();
    }

    public string Line(int row)
    {
        var sb = new StringBuilder();
        for (int col = 0; col < Cols; col++)
        {
            sb.Append(_text[row, col]);
        }
        return sb.ToString();
    }

    /// <summary>The SGR state (the parameters in force, joined) a cell was written with.</summary>
    public string StyleAt(int row, int col) => _sgr[row, col];

    public void Apply(string output)
    {
        int i = 0;
        while (i < output.Length)
        {
            char c = output[i];
            if (c == '\u001b')
            {
                i = Escape(output, i);
                continue;
            }
            if (c == '\r') { _col = 0; i++; continue; }
            if (c == '\n') { LineFeed(); i++; continue; }
            if (char.IsControl(c)) throw new InvalidOperationException($"unexpected control U+{(int)c:X4}");
            int length = char.IsHighSurrogate(c) ? 2 : 1;
            string grapheme = output.Substring(i, length);
            i += length;
            // Combining marks join the previous cell.
            if (CharUnicodeInfo.GetUnicodeCategory(grapheme, 0) == UnicodeCategory.NonSpacingMark && _col > 0)
            {
                _text[_row, _col - 1] += grapheme;
                continue;
            }
            _text[_row, _col] = grapheme;
            _sgr[_row, _col] = _currentSgr;
            if (_col < Cols - 1) _col++;
        }
    }

    int Escape(string s, int i)
    {
        if (i + 1 < s.Length && s[i + 1] == ']')
        {
            // OSC ... BEL or ST: ignored.
            int end = s.IndexOf('\a', i);
            int st = s.IndexOf("\u001b\\", i, StringComparison.Ordinal);
            end = end < 0 ? st + 1 : st < 0 ? end : Math.Min(end, st + 1);
            return end + 1;
        }
        if (i + 1 >= s.Length || s[i + 1] != '[') throw new InvalidOperationException($"unexpected escape at {i}: {Show(s, i)}");
        int j = i + 2;
        bool privateMode = j < s.Length && s[j] == '?';
        if (privateMode) j++;
        int start = j;
        while (j < s.Length && (char.IsDigit(s[j]) || s[j] == ';' || s[j] == ' ')) j++;
        string parameters = s[start..j].Trim();
        char final = s[j];
        int[] p = parameters.Length == 0 ? [] : parameters.Split(';').Select(x => x.Length == 0 ? 0 : int.Parse(x, CultureInfo.InvariantCulture)).ToArray();
        int P(int k, int dflt) => k < p.Length && p[k] != 0 ? p[k] : dflt;
        if (privateMode)
        {
            foreach (int mode in p)
            {
                if (final == 'h') { EnabledModes.Add(mode); EverEnabledModes.Add(mode); if (mode == 25) CursorVisible = true; }
                else if (final == 'l') { EnabledModes.Remove(mode); if (mode == 25) CursorVisible = false; }
            }
            return j + 1;
        }
        switch (final)
        {
            case 'H': _row = Math.Clamp(P(0, 1) - 1, 0, Rows - 1); _col = Math.Clamp(P(1, 1) - 1, 0, Cols - 1); break;
            case 'C': _col = Math.Min(Cols - 1, _col + P(0, 1)); break;
            case 'D': _col = Math.Max(0, _col - P(0, 1)); break;
            case 'm': _pen = _pen.Apply(p); _currentSgr = _pen.ToString(); break;
            case 'J': if (P(0, 0) == 2) EraseAll(); else throw new InvalidOperationException("only ED 2"); break;
            case 'r': _top = P(0, 1) - 1; _bottom = P(1, Rows) - 1; _row = 0; _col = 0; break;
            case 'S': ScrollUp(P(0, 1)); break;
            case 'X': for (int col = _col; col < Math.Min(Cols, _col + P(0, 1)); col++) { _text[_row, col] = " "; _sgr[_row, col] = _currentSgr; } break;
            case 'K': if (P(0, 0) != 0) throw new InvalidOperationException("only EL 0"); for (int col = _col; col < Cols; col++) { _text[_row, col] = " "; _sgr[_row, col] = _currentSgr; } break;
            case 'T': ScrollDown(P(0, 1)); break;
            case 'q': break; // cursor style
            case 't': break; // window reports
            case 'c': break; // device attributes query
            case 'n': break; // device status report query
            case 'u': break; // kitty keyboard query
            default: throw new InvalidOperationException($"unsupported CSI {final}: {Show(s, i)}");
        }
        return j + 1;
    }

    Pen _pen = new("", "", "");

    /// <summary>The SGR state: foreground and background parameters and the set style codes (1,2,3,4,5,7,9).</summary>
    sealed record Pen(string Foreground, string Background, string Styles)
    {
        public Pen Apply(int[] p)
        {
            if (p.Length == 0) return new Pen("", "", "");
            Pen pen = this;
            for (int k = 0; k < p.Length; k++)
            {
                int v = p[k];
                if (v == 0) pen = new Pen("", "", "");
                else if (v is 1 or 2 or 3 or 4 or 5 or 7 or 9) pen = pen with { Styles = string.Concat((pen.Styles + v).Distinct().Order()) };
                else if (v == 22) pen = pen with { Styles = pen.Styles.Replace("1", "").Replace("2", "") };
                else if (v is 23 or 24 or 25 or 27 or 29) pen = pen with { Styles = pen.Styles.Replace(((char)('0' + v - 20)).ToString(), "") };
                else if (v is >= 30 and <= 37 or >= 90 and <= 97) pen = pen with { Foreground = v.ToString(CultureInfo.InvariantCulture) };
                else if (v is >= 40 and <= 47 or >= 100 and <= 107) pen = pen with { Background = v.ToString(CultureInfo.InvariantCulture) };
                else if (v == 39) pen = pen with { Foreground = "" };
                else if (v == 49) pen = pen with { Background = "" };
                else if (v is 38 or 48)
                {
                    int n = p[k + 1] == 5 ? 3 : 5;
                    string color = string.Join(';', p.Skip(k).Take(n));
                    pen = v == 38 ? pen with { Foreground = color } : pen with { Background = color };
                    k += n - 1;
                }
                else throw new InvalidOperationException($"unsupported SGR {v}");
            }
            return pen;
        }

        public override string ToString() => $"fg={Foreground} bg={Background} style={Styles}";
    }

    /// <summary>Whether a cell was written in reverse video.</summary>
    public bool IsReverse(int row, int col) => StylesOf(row, col).Contains('7', StringComparison.Ordinal);

    string StylesOf(int row, int col) => _sgr[row, col][(_sgr[row, col].IndexOf("style=", StringComparison.Ordinal) + 6)..];

    static string Show(string s, int i) => s.Substring(i, Math.Min(16, s.Length - i)).Replace("\u001b", "ESC", StringComparison.Ordinal);

    void LineFeed()
    {
        if (_row == _bottom) ScrollUp(1);
        else if (_row < Rows - 1) _row++;
    }

    void ScrollUp(int n)
    {
        for (int row = _top; row <= _bottom; row++)
        {
            for (int col = 0; col < Cols; col++)
            {
                bool inside = row + n <= _bottom;
                _text[row, col] = inside ? _text[row + n, col] : " ";
                _sgr[row, col] = inside ? _sgr[row + n, col] : _currentSgr;
            }
        }
    }

    void ScrollDown(int n)
    {
        for (int row = _bottom; row >= _top; row--)
        {
            for (int col = 0; col < Cols; col++)
            {
                bool inside = row - n >= _top;
                _text[row, col] = inside ? _text[row - n, col] : " ";
                _sgr[row, col] = inside ? _sgr[row - n, col] : _currentSgr;
            }
        }
    }

    void EraseAll()
    {
        for (int row = 0; row < Rows; row++)
        {
            for (int col = 0; col < Cols; col++)
            {
                _text[row, col] = " ";
                _sgr[row, col] = _currentSgr;
            }
        }
    }
}
