namespace CchcGrpc.Client.Tui.Shell;

/// <summary>`?` / F1: the keys of the current screen and the common keys; Up/Down scroll, any other key closes.</summary>
public sealed class HelpOverlay(string title, IReadOnlyList<string> screenKeys, IReadOnlyList<string> commonKeys, string hint, string commonHeading) : Overlay(title)
{
    private int _scroll;

    protected override bool Wraps => true;

    protected override string Hint => hint;

    protected override int? TopLine => _scroll;

    protected override IReadOnlyList<(string, CellStyle)> Lines(int width) =>
        [.. screenKeys.Select(l => (l, CellStyle.Normal)), ("", CellStyle.Normal), (commonHeading, CellStyle.Heading), .. commonKeys.Select(l => (l, CellStyle.Normal))];

    public override bool Handle(KeyPress key)
    {
        switch (key.Direction)
        {
            case KeyName.Down or KeyName.PageDown:
                _scroll = Math.Min(_scroll + (key.Name == KeyName.PageDown ? 10 : 1), screenKeys.Count + commonKeys.Count + 1);
                return true;
            case KeyName.Up or KeyName.PageUp:
                _scroll = Math.Max(0, _scroll - (key.Name == KeyName.PageUp ? 10 : 1));
                return true;
            default:
                Close();
                return true;
        }
    }
}
