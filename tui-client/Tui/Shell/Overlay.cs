namespace CchcGrpc.Client.Tui.Shell;

/// <summary>A box over the current screen (help, palette, confirmation, prompt, picker) that has the keys until it closes.</summary>
public abstract class Overlay
{
    protected Overlay(string title) => Title = title;

    public string Title { get; }

    internal Navigator? Navigator { get; set; }

    protected void Close() => Navigator?.CloseOverlay(this);

    /// <summary>The body lines shown in the box, each with its style.</summary>
    protected abstract IReadOnlyList<(string Text, CellStyle Style)> Lines(int width);

    /// <summary>The key hint on the box's last line.</summary>
    protected abstract string Hint { get; }

    public abstract bool Handle(KeyPress key);

    /// <summary>Draws the box centred in the area, as tall as its lines (scrolled to keep <paramref name="focusLine"/> visible).</summary>
    public virtual void Render(Canvas canvas, int top, int height, bool ascii)
    {
        var width = Math.Min(canvas.Width - 2, 76);
        var inner = width - 4;
        // Long sentences (a unit's full name in a question) wrap inside the box.
        var lines = Wraps ? Lines(inner).SelectMany(l => Canvas.WrapLines(l.Text, inner).Select(t => (t, l.Style))).ToList() : Lines(inner);
        var bodyRows = Math.Min(lines.Count, height - 4);
        var boxHeight = bodyRows + 4;
        var x = (canvas.Width - width) / 2;
        var y = top + Math.Max(0, (height - boxHeight) / 2);
        var first = Math.Clamp(TopLine ?? FocusLine - bodyRows + 1, 0, Math.Max(0, lines.Count - bodyRows));
        canvas.Box(x, y, width, boxHeight, Title, ascii);
        for (var i = 0; i < bodyRows; i++)
        {
            var (text, style) = lines[first + i];
            canvas.Field(x + 2, y + 1 + i, inner, text, style);
        }
        canvas.Field(x + 2, y + boxHeight - 2, inner, Hint, CellStyle.Dim);
    }

    /// <summary>The line the box keeps in view when its lines do not fit.</summary>
    protected virtual int FocusLine => 0;

    /// <summary>Whether long lines wrap (questions, help) rather than being cut (lists).</summary>
    protected virtual bool Wraps => false;

    /// <summary>For boxes scrolled by the reader: the first line shown (then <see cref="FocusLine"/> is not used).</summary>
    protected virtual int? TopLine => null;
}
