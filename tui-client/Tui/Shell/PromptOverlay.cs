namespace CchcGrpc.Client.Tui.Shell;

/// <summary>Asks for one line of text (a return comment, a filter); Enter accepts, Esc cancels; a required text may not be empty.</summary>
public sealed class PromptOverlay(string title, string question, string hint, string requiredMessage, bool required, Action<string> onAccept) : Overlay(title)
{
    private readonly LineEditor _editor = new();
    private bool _missing;

    public string Text => _editor.Text;

    protected override bool Wraps => true;

    protected override string Hint => hint;

    protected override IReadOnlyList<(string, CellStyle)> Lines(int width) =>
        [(question, CellStyle.Normal), ("", CellStyle.Input), (_missing ? requiredMessage : "", CellStyle.Error)];

    public override void Render(Canvas canvas, int top, int height, bool ascii)
    {
        base.Render(canvas, top, height, ascii);
        var width = Math.Min(canvas.Width - 2, 76);
        var x = (canvas.Width - width) / 2;
        var y = top + Math.Max(0, (height - 7) / 2);
        _editor.Draw(canvas, x + 2, y + 2, width - 4, focused: true);
    }

    public override bool Handle(KeyPress key)
    {
        if (key.Name == KeyName.Escape)
        {
            Close();
            return true;
        }
        if (key.Name == KeyName.Enter)
        {
            var text = _editor.Text.Trim();
            if (required && text.Length == 0)
            {
                _missing = true;
                return true;
            }
            Close();
            onAccept(text);
            return true;
        }
        _missing = false;
        _editor.Handle(key);
        return true;
    }
}
