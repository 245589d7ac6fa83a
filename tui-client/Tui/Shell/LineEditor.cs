namespace CchcGrpc.Client.Tui.Shell;

/// <summary>
/// A one-line text input: typed characters, Backspace/Delete, Left/Right, Home/End. Opened on a
/// cell that holds text, the text is selected: typing replaces it, a cursor key keeps it to edit.
/// </summary>
public sealed class LineEditor(string text = "", bool masked = false, bool selected = false)
{
    private bool _selected = selected && text.Length > 0;

    public string Text { get; private set; } = text;

    public int Cursor { get; private set; } = text.Length;

    public bool Masked { get; } = masked;

    /// <summary>True while the opening text is selected (the next typed character replaces it).</summary>
    public bool Selected => _selected;

    public void Set(string text)
    {
        Text = text;
        Cursor = text.Length;
    }

    /// <summary>Handles an editing key; false for keys that are not editing (Enter, Esc, Tab, …).</summary>
    public bool Handle(KeyPress key)
    {
        if (_selected)
        {
            _selected = false;
            if (key.Name is KeyName.Char or KeyName.Backspace or KeyName.Delete)
            {
                Text = "";
                Cursor = 0;
                if (key.Name != KeyName.Char)
                    return true;
            }
        }
        switch (key.Name)
        {
            case KeyName.Char when !char.IsControl(key.Char):
                Text = Text.Insert(Cursor, key.Char.ToString());
                Cursor++;
                return true;
            case KeyName.Backspace when Cursor > 0:
                Text = Text.Remove(Cursor - 1, 1);
                Cursor--;
                return true;
            case KeyName.Delete when Cursor < Text.Length:
                Text = Text.Remove(Cursor, 1);
                return true;
            case KeyName.Left:
                Cursor = Math.Max(0, Cursor - 1);
                return true;
            case KeyName.Right:
                Cursor = Math.Min(Text.Length, Cursor + 1);
                return true;
            case KeyName.Home:
                Cursor = 0;
                return true;
            case KeyName.End:
                Cursor = Text.Length;
                return true;
            case KeyName.Backspace or KeyName.Delete:
                return true;
            default:
                return false;
        }
    }

    /// <summary>Draws the input in a field of <paramref name="width"/> cells, scrolled so the cursor shows; the cursor cell is reversed.</summary>
    public void Draw(Canvas canvas, int x, int y, int width, bool focused)
    {
        var shown = Masked ? new string('•', Text.Length) : Text;
        var start = Math.Max(0, Cursor - width + 1);
        var visible = shown.Length > start ? shown[start..] : "";
        canvas.Field(x, y, width, visible.Length > width ? visible[..width] : visible, focused ? CellStyle.Input : CellStyle.Selected);
        if (focused && _selected)
            canvas.Restyle(x, y, Math.Min(width, visible.Length), CellStyle.Focus);
        else if (focused && Cursor - start < width)
            canvas.Restyle(x + Cursor - start, y, 1, CellStyle.Focus);
    }
}
