using System.Collections.Concurrent;
using System.Drawing;
using System.Globalization;
using System.Text;
using Terminal.Gui.Drawing;
using Terminal.Gui.Drivers;

namespace CchcGrpc.Client.Tui.SlowLink;

/// <summary>
/// Terminal.Gui's output for slow links: each frame is compared with what the terminal already shows
/// (<see cref="ShownScreen"/>) and only the cells that differ are sent, with the shortest cursor moves and
/// colour changes, moved lines as a scroll region, colours at the terminal's depth, ASCII when the locale
/// is not UTF-8, and nothing at all while idle. One write per frame. Created by
/// <see cref="SlowLinkComponentFactory"/>; attach it with <see cref="SlowLinkTerminal.CreateApplication"/>.
/// </summary>
/// <remarks>
/// Upstream behaviours this replaces (Terminal.Gui 2.5.0, AnsiOutput/OutputBase):
/// every cell a view draws is sent whether it changed or not; a clean cell in a dirty row costs a cursor
/// move each; the cursor is hidden, moved and shown on every main-loop pass (ESC[?25l ESC[1;1H) because
/// the cursor-update flag is never cleared; colours are 24-bit; mouse tracking (?1003h ?1015h ?1006h) is
/// switched on at start-up; the ANSI size monitor asks the terminal its size (CSI 18t) twice a second.
/// Here the size comes from the kernel (TIOCGWINSZ through Console), mouse tracking is never sent.
/// </remarks>
public sealed class SlowLinkOutput : IOutput
{
    const string Esc = "\u001b[";

    readonly TerminalProfile _profile;
    readonly TerminalSink _sink;
    readonly StyleMapper _styles;
    readonly bool _realTerminal;
    readonly ShownScreen _shown = new(0, 0);
    readonly ConcurrentQueue<SixelToRender> _sixels = new();

    Size _size = new(80, 25);
    bool _mustErase = true;
    SentStyle? _terminalStyle;
    int _row = -1, _col = -1;
    bool _terminalCursorVisible = true;
    CursorStyle _terminalCursorStyle = CursorStyle.Default;
    Cursor _cursor = new();
    bool _hidePending;
    string _lastOutput = "";
    bool _disposed;

    /// <summary>Starts the terminal session: alternate screen, cursor hidden, bracketed paste, no line wrap.</summary>
    public SlowLinkOutput(TerminalProfile profile, TerminalSink sink, bool realTerminal)
    {
        _profile = profile;
        _sink = sink;
        _styles = new StyleMapper(profile.Colors);
        _realTerminal = realTerminal;
        // ?1049h alternate screen, ?25l hide cursor, ?2004h bracketed paste, ?7l no auto-wrap (writing the
        // last column never scrolls). No mouse modes: tracking stays off for the whole session.
        _sink.Write($"{Esc}?1049h{Esc}?25l{Esc}?2004h{Esc}?7l");
        _terminalCursorVisible = false;
        if (realTerminal)
        {
            _size = TerminalSize() ?? _size;
        }
    }

    /// <summary>The profile (colour depth, UTF-8) this output sends with.</summary>
    public TerminalProfile Profile => _profile;

    /// <summary>Bytes sent to the terminal since start-up.</summary>
    public long BytesWritten => _sink.BytesWritten;

    /// <summary>Frames that sent at least one byte.</summary>
    public int FramesSent { get; private set; }

    /// <summary>Scroll regions used instead of repainting moved lines.</summary>
    public int ScrollsSent { get; private set; }

    /// <inheritdoc />
    public bool Force16Colors { get; set; }

    /// <inheritdoc />
    public bool IsLegacyConsole { get; set; }

    /// <inheritdoc />
    public bool UseKittyGraphics { get; set; }

    /// <inheritdoc />
    public ConcurrentQueue<SixelToRender> GetSixels() => _sixels;

    /// <inheritdoc />
    public Size GetSize()
    {
        if (_realTerminal && TerminalSize() is { } size)
        {
            _size = size;
        }
        return _size;
    }

    /// <inheritdoc />
    public void SetSize(int width, int height) => _size = new Size(width, height);

    /// <summary>
    /// Forgets what the terminal shows, so that the next frame erases the screen and sends every cell:
    /// after Ctrl-L, a resize or a resume the terminal's content cannot be trusted.
    /// </summary>
    public void ForgetScreen() => _mustErase = true;

    /// <inheritdoc />
    public void Write(IOutputBuffer buffer)
    {
        int rows = buffer.Rows, cols = buffer.Cols;
        Frame frame = Frame.From(buffer.Contents, rows, cols, _styles, _profile.Utf8);
        var output = new StringBuilder();
        bool erase = _mustErase || _shown.Rows != rows || _shown.Cols != cols;
        if (erase)
        {
            output.Append(Esc).Append("0m").Append(Esc).Append("2J");
            _terminalStyle = SentStyle.Default;
            _row = _col = -1;
            _shown.Forget(rows, cols);
            _shown.Blank();
            _mustErase = false;
        }
        else
        {
            // The first cell of a frame is placed with an absolute move: where the cursor was left between
            // frames cannot be checked (a key echoed before raw mode, a terminal's reply, another writer),
            // and a relative move from a wrong belief puts a whole row of text on the wrong line. A few
            // bytes, and only in frames that send something; within a frame relative moves stay.
            _row = _col = -1;
        }
        if (!erase && ScrollPlan.Find(_shown, frame) is { } scroll)
        {
            AppendScroll(output, scroll);
        }
        for (int row = 0; row < rows; row++)
        {
            AppendRowChanges(output, frame, row);
        }
        ClearDirtyMarks(buffer);
        if (output.Length > 0 && (_terminalCursorVisible || _hidePending))
        {
            // Hide the cursor while cells are written, as upstream does, but only when something is written.
            if (_terminalCursorVisible)
            {
                output.Insert(0, $"{Esc}?25l");
            }
            _terminalCursorVisible = false;
            _hidePending = false;
        }
        _lastOutput = output.ToString();
        if (output.Length > 0)
        {
            FramesSent++;
            _sink.Write(_lastOutput);
        }
    }

    /// <inheritdoc />
    public void SetCursor(Cursor cursor)
    {
        _cursor = cursor;
        if (!cursor.IsVisible || cursor.Position is null)
        {
            // Terminal.Gui hides the cursor before every frame (DriverImpl.Refresh) and shows it again right
            // after; hiding is deferred so that a frame with nothing to send costs nothing.
            _hidePending = _terminalCursorVisible;
            return;
        }
        _hidePending = false;
        var output = new StringBuilder();
        if (cursor.Style != _terminalCursorStyle && cursor.Style != CursorStyle.Hidden)
        {
            output.Append(Esc).Append(((int)cursor.Style).ToString(CultureInfo.InvariantCulture)).Append(" q");
            _terminalCursorStyle = cursor.Style;
        }
        Point position = cursor.Position.Value;
        AppendMove(output, position.Y, position.X, null);
        if (!_terminalCursorVisible)
        {
            output.Append(Esc).Append("?25h");
            _terminalCursorVisible = true;
        }
        _sink.Write(output.ToString());
    }

    /// <summary>
    /// Sends a hide that <see cref="SetCursor"/> deferred and no frame has sent since; called once per
    /// main-loop pass (see <see cref="SlowLinkTerminal"/>).
    /// </summary>
    public void FlushCursor()
    {
        if (_hidePending && _terminalCursorVisible)
        {
            _sink.Write($"{Esc}?25l");
            _terminalCursorVisible = false;
        }
        _hidePending = false;
    }

    /// <inheritdoc />
    public Cursor GetCursor() => _cursor;

    /// <summary>
    /// Raw sequences from Terminal.Gui (start-up queries, keyboard protocol, title) pass through; mouse
    /// tracking requests are dropped (upstream re-enables tracking on resume, UnixTerminalHelper).
    /// </summary>
    public void Write(ReadOnlySpan<char> text)
    {
        string raw = MouseModes.Strip(text.ToString());
        _sink.Write(raw);
        // A raw sequence may move the cursor or change the pen (nothing here parses it): the next move is
        // absolute and the next cell re-sends its colours.
        if (raw.Length > 0)
        {
            _row = _col = -1;
            _terminalStyle = null;
        }
    }

    /// <inheritdoc />
    public void Suspend()
    {
        // Ctrl-Z is not bound in this client; a suspend request only forces a full repaint afterwards.
        ForgetScreen();
    }

    /// <inheritdoc />
    public string GetLastOutput() => _lastOutput;

    /// <summary>The whole buffer as ANSI text, from a cleared screen (exports and tests).</summary>
    public string ToAnsi(IOutputBuffer buffer)
    {
        Frame frame = Frame.From(buffer.Contents, buffer.Rows, buffer.Cols, _styles, _profile.Utf8);
        var output = new StringBuilder();
        SentStyle? style = null;
        for (int row = 0; row < frame.Rows; row++)
        {
            for (int col = 0; col < frame.Cols; col += frame.WidthAt(row, col))
            {
                StyleMapper.AppendChange(output, style, frame.StyleAt(row, col));
                style = frame.StyleAt(row, col);
                output.Append(frame.TextAt(row, col));
            }
            output.Append(Esc).Append("0m\n");
            style = SentStyle.Default;
        }
        return output.ToString();
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }
        _disposed = true;
        _sink.Write($"{Esc}0m{Esc}?7h{Esc}?2004l{Esc}0 q{Esc}?25h{Esc}?1049l");
        _sink.Dispose();
    }

    void AppendScroll(StringBuilder output, ScrollPlan scroll)
    {
        // Lines a scroll exposes come blank in the pen's background (BCE, as for EL and ECH): recorded so,
        // only their text is sent after the scroll. Under a pen whose blanks might show otherwise (reverse,
        // underline) they are unknown and repainted whole.
        SentStyle? exposed = _terminalStyle is { } pen && (pen.Style & (TextStyle.Reverse | TextStyle.Underline | TextStyle.Strikethrough)) == 0
            ? new SentStyle("", pen.Background, TextStyle.None)
            : null;
        int count = Math.Abs(scroll.Shift);
        output.Append(Esc).Append(scroll.Top + 1).Append(';').Append(scroll.Bottom + 1).Append('r');
        output.Append(Esc).Append(count == 1 ? "" : count.ToString(CultureInfo.InvariantCulture)).Append(scroll.Shift > 0 ? 'S' : 'T');
        output.Append(Esc).Append('r');
        // Setting and resetting the region both home the cursor.
        _row = 0;
        _col = 0;
        _shown.Scroll(scroll.Top, scroll.Bottom, scroll.Shift, exposed);
        ScrollsSent++;
    }

    void AppendRowChanges(StringBuilder output, Frame frame, int row)
    {
        int cols = frame.Cols;
        for (int col = 0; col < cols;)
        {
            string text = frame.TextAt(row, col);
            SentStyle style = frame.StyleAt(row, col);
            int width = frame.WidthAt(row, col);
            bool wideSecondHalfChanged = width == 2 && col + 1 < cols && !_shown.Shows(row, col + 1, "", style);
            if (_shown.Shows(row, col, text, style) && !wideSecondHalfChanged)
            {
                col += width;
                continue;
            }
            AppendMove(output, row, col, frame);
            if (BlankRun(frame, row, col, style) is var run and > 0 && ErasingStyle(style) is { } erasing)
            {
                // A run of blanks is erased in the current background (BCE) rather than sent as spaces:
                // ECH for a run, EL for the rest of the row. Neither moves the cursor.
                erasing = ErasingPen(erasing);
                StyleMapper.AppendChange(output, _terminalStyle, erasing);
                _terminalStyle = erasing;
                output.Append(Esc).Append(col + run == cols ? "K" : run.ToString(CultureInfo.InvariantCulture) + "X");
                for (int blank = col; blank < col + run; blank++)
                {
                    _shown.Set(row, blank, " ", frame.StyleAt(row, blank));
                }
                col += run;
                continue;
            }
            // A blank written under a pen whose blanks look the same needs no colour change.
            if (!(text == " " && _terminalStyle is { } pen && pen.BlankLook == style.BlankLook))
            {
                StyleMapper.AppendChange(output, _terminalStyle, style);
                _terminalStyle = style;
            }
            output.Append(text);
            _shown.Set(row, col, text, style);
            if (width == 2)
            {
                // The right half of a wide glyph shows nothing of its own.
                _shown.Set(row, col + 1, "", style);
            }
            col += width;
            // With auto-wrap off the cursor stays on the last column; its position is not worth tracking.
            _col = col < cols ? col : -1;
            if (_col < 0)
            {
                _row = -1;
            }
        }
    }

    // Blanks from col on that are cheaper to erase than to send (0 = send them). Up to the end of the row:
    // EL (3 B) for 3 or more. Within the row: ECH n, plus CUF n past them when something after them on the
    // row changes too. Only where a blank cell looks the same whatever its style (no reverse, underline or
    // strike), since an erased cell takes only the background.
    int BlankRun(Frame frame, int row, int col, SentStyle style)
    {
        if (ErasingStyle(style) is null)
        {
            return 0;
        }
        // Blanks that look the same (SentStyle.BlankLook) make one run, whatever their foreground.
        SentStyle look = style.BlankLook;
        int end = col;
        while (end < frame.Cols && frame.TextAt(row, end) == " " && frame.WidthAt(row, end) == 1 && frame.StyleAt(row, end).BlankLook == look)
        {
            end++;
        }
        int run = end - col;
        if (end == frame.Cols)
        {
            return run >= 3 ? run : 0;
        }
        int sequence = 3 + run.ToString(CultureInfo.InvariantCulture).Length;
        bool changesAfter = false;
        for (int after = end; after < frame.Cols && !changesAfter; after++)
        {
            changesAfter = !_shown.Shows(row, after, frame.TextAt(row, after), frame.StyleAt(row, after));
        }
        return run > (changesAfter ? 2 * sequence : sequence) ? run : 0;
    }

    // An erased cell takes only the pen's background: a pen with no attribute that might show on an erased
    // cell (reverse, underline, strike) keeps its foreground and text style, and only the background is
    // changed if it differs. Sending the foreground too cost ~11 B (256 colours) for nothing on most erases.
    SentStyle ErasingPen(SentStyle erasing) =>
        _terminalStyle is { } pen && (pen.Style & (TextStyle.Reverse | TextStyle.Underline | TextStyle.Strikethrough)) == 0
            ? pen with { Background = erasing.Background }
            : erasing;

    // The pen that erases to blanks looking like blanks in this style (an erased cell takes only the
    // background): its blank look, or null where an erased blank would look different (underline, strike,
    // reverse of the terminal's default colours).
    static SentStyle? ErasingStyle(SentStyle style) => style.ErasesToBlankLook ? style.BlankLook : null;

    // Moves the terminal cursor with the shortest sequence: nothing, re-sending up to four cells that
    // already show the same (cheaper than CSI n C), a relative move on the row, CR, or an absolute move.
    void AppendMove(StringBuilder output, int row, int col, Frame? frame)
    {
        // The terminal clamps CUP to the screen; Terminal.Gui puts the cursor one past the last column (a
        // full text field) or off screen. Recording the unclamped target made the next relative move on that
        // row (CUB/CUF from column 80) land one cell off: cells written over their neighbours, "F7/H" shown
        // as " 7/H" in tmux while Terminal.Gui's buffer was right.
        int rows = _shown.Rows > 0 ? _shown.Rows : _size.Height, cols = _shown.Cols > 0 ? _shown.Cols : _size.Width;
        row = Math.Clamp(row, 0, Math.Max(0, rows - 1));
        col = Math.Clamp(col, 0, Math.Max(0, cols - 1));
        if (_row == row && _col == col)
        {
            return;
        }
        string absolute = col == 0
            ? $"{Esc}{row + 1}H"
            : $"{Esc}{row + 1};{col + 1}H";
        if (_row == row && _col >= 0)
        {
            int distance = col - _col;
            if (distance > 0 && frame is not null && TryResend(row, _col, col, frame, absolute.Length, out string? resend))
            {
                output.Append(resend);
            }
            else
            {
                string relative = col == 0 ? "\r"
                    : distance > 0 ? $"{Esc}{(distance == 1 ? "" : distance.ToString(CultureInfo.InvariantCulture))}C"
                    : $"{Esc}{(-distance == 1 ? "" : (-distance).ToString(CultureInfo.InvariantCulture))}D";
                output.Append(relative.Length < absolute.Length ? relative : absolute);
            }
        }
        else
        {
            output.Append(absolute);
        }
        _row = row;
        _col = col;
    }

    bool TryResend(int row, int from, int to, Frame frame, int budget, out string? resend)
    {
        resend = null;
        int distance = to - from;
        int relativeCost = 3 + (distance == 1 ? 0 : distance.ToString(CultureInfo.InvariantCulture).Length);
        var cells = new StringBuilder();
        for (int col = from; col < to; col++)
        {
            string text = frame.TextAt(row, col);
            SentStyle style = frame.StyleAt(row, col);
            bool penDraws = style == _terminalStyle || (text == " " && _terminalStyle is { } pen && pen.BlankLook == style.BlankLook);
            if (!penDraws || frame.WidthAt(row, col) != 1 || !_shown.Shows(row, col, text, style))
            {
                return false;
            }
            cells.Append(text);
        }
        if (Encoding.UTF8.GetByteCount(cells.ToString()) >= Math.Min(relativeCost, budget))
        {
            return false;
        }
        resend = cells.ToString();
        return true;
    }

    static void ClearDirtyMarks(IOutputBuffer buffer)
    {
        if (buffer.Contents is not { } contents)
        {
            return;
        }
        for (int row = 0; row < contents.GetLength(0); row++)
        {
            for (int col = 0; col < contents.GetLength(1); col++)
            {
                contents[row, col].IsDirty = false;
            }
        }
        if (buffer.DirtyLines is { } lines)
        {
            Array.Clear(lines);
        }
    }

    static Size? TerminalSize()
    {
        try
        {
            int width = Console.WindowWidth, height = Console.WindowHeight;
            return width > 0 && height > 0 ? new Size(width, height) : null;
        }
        catch (IOException)
        {
            return null;
        }
        catch (PlatformNotSupportedException)
        {
            return null;
        }
    }
}
