namespace CchcGrpc.Client.Tui.Shell;

/// <summary>`:` the command palette: type to filter the commands of this screen and the common ones, Enter runs, Esc closes.</summary>
public sealed class PaletteOverlay(string title, IReadOnlyList<PaletteCommand> commands, string hint) : Overlay(title)
{
    private readonly LineEditor _filter = new();
    private int _selected;

    private List<PaletteCommand> Matching => commands.Where(c => _filter.Text.Length == 0 || Client.Text.Accents.Contains(c.Name, _filter.Text) || Client.Text.Accents.Contains(c.Keys, _filter.Text)).ToList();

    protected override string Hint => hint;

    protected override int FocusLine => _selected + 1;

    protected override IReadOnlyList<(string, CellStyle)> Lines(int width)
    {
        var list = Matching;
        var lines = new List<(string, CellStyle)> { (":" + _filter.Text + "▏", CellStyle.Input) };
        for (var i = 0; i < list.Count; i++)
        {
            var keys = list[i].Keys;
            var name = Canvas.Fit(list[i].Name, Math.Max(1, width - keys.Length - 3));
            lines.Add(((i == _selected ? "▸ " : "  ") + name.PadRight(Math.Max(1, width - keys.Length - 3)) + " " + keys, i == _selected ? CellStyle.Focus : CellStyle.Normal));
        }
        return lines;
    }

    public override bool Handle(KeyPress key)
    {
        var list = Matching;
        switch (key.Name)
        {
            case KeyName.Escape:
                Close();
                return true;
            case KeyName.Enter:
                Close();
                if (list.Count > 0)
                    list[Math.Clamp(_selected, 0, list.Count - 1)].Run();
                return true;
            case KeyName.Down or KeyName.Tab:
                _selected = Math.Min(Math.Max(0, list.Count - 1), _selected + 1);
                return true;
            case KeyName.Up or KeyName.BackTab:
                _selected = Math.Max(0, _selected - 1);
                return true;
            default:
                if (_filter.Handle(key))
                    _selected = 0;
                return true;
        }
    }
}
