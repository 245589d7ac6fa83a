namespace CchcGrpc.Client.Tui.Shell;

/// <summary>
/// A question with lines under it (what blocks a submission, what will be lost): y or Enter runs
/// <c>onYes</c>, n or Esc closes. Without <c>onYes</c> it only informs and any key closes it.
/// </summary>
public sealed class ConfirmOverlay(string title, IReadOnlyList<(string Text, CellStyle Style)> lines, string hint, Action? onYes) : Overlay(title)
{
    private int _scroll;

    protected override bool Wraps => true;

    protected override string Hint => hint;

    protected override int? TopLine => _scroll;

    protected override IReadOnlyList<(string, CellStyle)> Lines(int width) => lines;

    public override bool Handle(KeyPress key)
    {
        if (key.Direction is KeyName.Down or KeyName.Up)
        {
            _scroll = Math.Clamp(_scroll + (key.Direction == KeyName.Down ? 1 : -1), 0, Math.Max(0, lines.Count - 1));
            return true;
        }
        if (onYes is null)
        {
            Close();
            return true;
        }
        if (key.Name == KeyName.Enter || key.Is('y') || key.Is('Y') || key.Is('c') || key.Is('C'))
        {
            Close();
            onYes();
            return true;
        }
        if (key.Name == KeyName.Escape || key.Is('n') || key.Is('N') || key.Is('k') || key.Is('K'))
            Close();
        return true;
    }
}
