namespace CchcGrpc.Client.Tui.Shell;

/// <summary>Picks one of a list (a choice's coded options, yes/no, a period, an indicator): Up/Down or j/k, Enter picks, Esc cancels; typing filters.</summary>
public sealed class PickerOverlay(string title, IReadOnlyList<string> options, int selected, string hint, Action<int> onPick) : Overlay(title)
{
    private readonly LineEditor _filter = new();
    private int _selected = Math.Clamp(selected, 0, Math.Max(0, options.Count - 1));

    private List<int> Visible => options.Select((o, i) => (o, i))
        .Where(p => _filter.Text.Length == 0 || Client.Text.Accents.Contains(p.o, _filter.Text)).Select(p => p.i).ToList();

    protected override string Hint => _filter.Text.Length > 0 ? "/" + _filter.Text + "   " + hint : hint;

    protected override int FocusLine => Math.Max(0, Visible.IndexOf(_selected));

    protected override IReadOnlyList<(string, CellStyle)> Lines(int width) =>
        Visible.Select(i => ((i == _selected ? "▸ " : "  ") + options[i], i == _selected ? CellStyle.Focus : CellStyle.Normal)).ToList();

    public override bool Handle(KeyPress key)
    {
        var visible = Visible;
        var at = visible.IndexOf(_selected);
        switch (key.Name)
        {
            case KeyName.Escape:
                Close();
                return true;
            case KeyName.Enter when visible.Count > 0:
                Close();
                onPick(at < 0 ? visible[0] : _selected);
                return true;
            case KeyName.Down or KeyName.Tab when visible.Count > 0:
                _selected = visible[Math.Min(visible.Count - 1, at + 1)];
                return true;
            case KeyName.Up or KeyName.BackTab when visible.Count > 0:
                _selected = visible[Math.Max(0, at - 1)];
                return true;
            case KeyName.PageDown when visible.Count > 0:
                _selected = visible[Math.Min(visible.Count - 1, at + 10)];
                return true;
            case KeyName.PageUp when visible.Count > 0:
                _selected = visible[Math.Max(0, at - 10)];
                return true;
            default:
                if (_filter.Handle(key))
                {
                    var now = Visible;
                    if (now.Count > 0 && !now.Contains(_selected))
                        _selected = now[0];
                }
                return true;
        }
    }
}
