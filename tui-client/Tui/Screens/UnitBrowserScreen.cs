using CchcGrpc.Client.Text;
using Cchc.V1;
using CchcGrpc.Client.Tui.Shell;
using CchcGrpc.Client.Tui.Text;

namespace CchcGrpc.Client.Tui.Screens;

/// <summary>
/// The unit tree by level (province › departments, districts › communes), expanded and collapsed
/// with Right/Left (l/h) or Enter; `/` filters by name or code without regard to accents; a
/// dissolved unit is marked and its lineage (merged into …) is shown when it is selected. Space
/// marks units for a chosen-list comparison, `c` compares, `t` shows a unit's trend.
/// </summary>
public sealed class UnitBrowserScreen(string? focusCode) : Screen
{
    private readonly List<UnitNode> _roots = [];
    // Null while the lineage of a dissolved unit is being fetched.
    private readonly Dictionary<string, UnitLineage?> _lineage = new(StringComparer.Ordinal);
    private readonly HashSet<string> _marked = new(StringComparer.Ordinal);
    private IReadOnlyList<Unit>? _all;
    private LineEditor? _filterEditor;
    private string _filter = "";
    private int _selected;
    private int _scroll;
    private bool _loaded;

    public override string Title => T["units_title"];

    public override bool CapturesText => _filterEditor is not null;

    public string Filter => _filterEditor?.Text ?? _filter;

    public IReadOnlyCollection<string> Marked => _marked;

    public override IReadOnlyList<FooterKey> Footer => _filterEditor is not null
        ? [new("Enter", T["key_accept"]), new("Esc", T["key_clear"])]
        : [new("→/←", T["key_expand"]), new("/", T["key_filter"]), new("Space", T["key_mark"]), new("c", T["key_compare"]), new("t", T["key_trend"])];

    public override IReadOnlyList<string> Help =>
        [T["help_units_tree"], T["help_home_move"], T["help_units_expand"], T["help_units_filter"], T["help_units_dissolved"], T["help_units_mark"], T["help_units_compare"], T["help_units_trend"]];

    public override IReadOnlyList<PaletteCommand> Commands =>
        [new(T["cmd_filter"], "/", StartFilter), new(T["cmd_compare"], "c", Compare), new(T["cmd_trend"], "t", Trend)];

    /// <summary>The lines shown now: the expanded tree, or the units matching the filter.</summary>
    public IReadOnlyList<UnitNode> Visible
    {
        get
        {
            var filter = Filter;
            if (filter.Length > 0)
            {
                return (_all ?? []).Where(u => Accents.Contains(u.Name, filter) || Accents.Contains(u.Code, filter))
                    .Select(u => new UnitNode(u, 0)).ToList();
            }
            var list = new List<UnitNode>();
            void Walk(IEnumerable<UnitNode> nodes)
            {
                foreach (var node in nodes)
                {
                    list.Add(node);
                    if (node.Expanded && node.Children is not null)
                        Walk(node.Children);
                }
            }
            Walk(_roots);
            return list;
        }
    }

    public UnitNode? SelectedNode => Visible is { Count: > 0 } v ? v[Math.Clamp(_selected, 0, v.Count - 1)] : null;

    public override void OnShown()
    {
        Nav.Run(cancel => Nav.Data.ChildrenAsync("", cancel), roots =>
        {
            _loaded = true;
            _roots.AddRange(roots.Select(u => new UnitNode(u, 0)));
            var start = _roots.FirstOrDefault(r => focusCode is not null && (focusCode == r.Unit.Code || focusCode.StartsWith(r.Unit.Code + ".", StringComparison.Ordinal))) ?? _roots.FirstOrDefault();
            if (start is null)
                return;
            _selected = _roots.IndexOf(start);
            // Open at the user's own unit: its province expanded, the unit selected.
            Expand(start, () =>
            {
                var index = Visible.ToList().FindIndex(n => n.Unit.Code == focusCode);
                if (index >= 0)
                    _selected = index;
                LoadLineage(SelectedNode);
            });
        });
    }

    private void Expand(UnitNode node, Action? then = null)
    {
        if (node.Unit.ChildCount == 0)
        {
            then?.Invoke();
            return;
        }
        if (node.Children is not null)
        {
            node.Expanded = true;
            then?.Invoke();
            return;
        }
        Nav.Run(cancel => Nav.Data.ChildrenAsync(node.Unit.Code, cancel), children =>
        {
            node.Children = children.OrderBy(c => c.Level).ThenBy(c => c.Code, StringComparer.Ordinal).Select(c => new UnitNode(c, node.Depth + 1)).ToList();
            node.Expanded = true;
            then?.Invoke();
        });
    }

    private void LoadLineage(UnitNode? node)
    {
        if (node is null || !node.Dissolved || _lineage.ContainsKey(node.Unit.Code))
            return;
        var code = node.Unit.Code;
        _lineage[code] = null;
        Nav.Run(async cancel =>
        {
            var lineage = await Nav.Data.LineageAsync(code, cancel).ConfigureAwait(false);
            foreach (var successor in lineage.SuccessorCodes)
                await Nav.Data.UnitAsync(successor, cancel).ConfigureAwait(false);
            return lineage;
        }, lineage => _lineage[code] = lineage);
    }

    public override void Render(Canvas canvas, int top, int height)
    {
        var width = canvas.Width;
        var filterLine = _filterEditor is not null || _filter.Length > 0 ? "/" : "";
        canvas.Write(1, top, T["units_heading"], CellStyle.Heading);
        if (filterLine.Length > 0)
        {
            canvas.Write(1, top + 1, "/", CellStyle.Heading);
            if (_filterEditor is not null)
                _filterEditor.Draw(canvas, 2, top + 1, Math.Min(40, width - 4), focused: true);
            else
                canvas.Write(2, top + 1, _filter + "  " + T.Format("filter_matches", Visible.Count), CellStyle.Input);
        }
        if (!_loaded)
        {
            canvas.Write(1, top + 2, T["loading"], CellStyle.Dim);
            return;
        }
        var visible = Visible;
        var rows = Math.Max(1, height - 5);
        _selected = Math.Clamp(_selected, 0, Math.Max(0, visible.Count - 1));
        _scroll = Math.Clamp(_scroll, Math.Max(0, _selected - rows + 1), Math.Min(_selected, Math.Max(0, visible.Count - rows)));
        for (var i = 0; i < rows && _scroll + i < visible.Count; i++)
        {
            var node = visible[_scroll + i];
            var y = top + 2 + i;
            var style = _scroll + i == _selected ? CellStyle.Focus : node.Dissolved ? CellStyle.Dim : CellStyle.Normal;
            canvas.Fill(0, y, width, style);
            var sign = node.Unit.ChildCount == 0 ? " " : node.Expanded ? "▾" : "▸";
            var mark = _marked.Contains(node.Unit.Code) ? "●" : " ";
            var text = $"{mark}{new string(' ', node.Depth * 2)}{sign} {node.Unit.Code}  {node.Unit.Name} · {T.Level(node.Unit.Level)}";
            if (node.Dissolved)
                text += " · " + T.Format("dissolved_on", T.Date(node.Unit.ValidTo));
            canvas.Write(0, y, Canvas.Fit(text, width), style);
        }
        var selected = SelectedNode;
        var detailY = top + height - 3;
        if (selected is null)
            return;
        canvas.Write(1, detailY, Canvas.Fit($"{selected.Unit.Code} · {selected.Unit.Name} · {T.Format("valid_from", T.Date(selected.Unit.ValidFrom))} · {T.Format("children", selected.Unit.ChildCount)}", width - 2), CellStyle.Dim);
        if (selected.Dissolved && _lineage.TryGetValue(selected.Unit.Code, out var lineage))
        {
            if (lineage is null)
            {
                canvas.Write(1, detailY + 1, T["lineage_loading"], CellStyle.Dim);
                return;
            }
            var into = lineage.Events.Where(e => e.Kind == LineageEvent.Types.Kind.MergedInto && e.FromCode == selected.Unit.Code).ToList();
            var targets = into.Count > 0 ? into.Select(e => e.ToCode).ToList() : lineage.SuccessorCodes.ToList();
            var names = string.Join(", ", targets.Select(c => Nav.Data.KnownUnit(c) is { } u ? $"{u.Name} ({c})" : c));
            var basis = into.FirstOrDefault() is { } first ? $" · {T.Date(first.EffectiveDate)} · {first.Basis}" : "";
            canvas.Write(1, detailY + 1, Canvas.Fit(targets.Count == 0 ? T["lineage_none"] : T.Format("merged_into", names) + basis, width - 2), CellStyle.Warning);
        }
    }

    public override bool Handle(KeyPress key)
    {
        var handled = HandleKey(key);
        LoadLineage(SelectedNode);
        return handled;
    }

    private bool HandleKey(KeyPress key)
    {
        if (_filterEditor is not null)
        {
            switch (key.Name)
            {
                case KeyName.Enter:
                    _filter = _filterEditor.Text;
                    _filterEditor = null;
                    return true;
                case KeyName.Escape:
                    _filter = "";
                    _filterEditor = null;
                    return true;
                case KeyName.Up or KeyName.Down:
                    _filter = _filterEditor.Text;
                    _filterEditor = null;
                    return HandleKey(key);
                default:
                    _filterEditor.Handle(key);
                    _selected = 0;
                    return true;
            }
        }
        var visible = Visible;
        var node = SelectedNode;
        switch (key.Name)
        {
            case KeyName.Enter when node is not null:
                if (node.Expanded)
                    node.Expanded = false;
                else
                    Expand(node);
                return true;
            case KeyName.Escape when _filter.Length > 0:
                _filter = "";
                return true;
        }
        if (ListCursor.Move(key, _selected, visible.Count) is { } moved)
        {
            _selected = moved;
            return true;
        }
        switch (key.Direction)
        {
            case KeyName.Right when node is not null:
                Expand(node);
                return true;
            case KeyName.Left when node is not null:
                if (node.Expanded)
                    node.Expanded = false;
                else if (visible.Take(_selected).LastOrDefault(n => n.Depth < node.Depth) is { } parent)
                    _selected = visible.ToList().IndexOf(parent);
                return true;
        }
        if (key.Is('/'))
            StartFilter();
        else if (key.Is(' ') && node is not null)
        {
            if (!_marked.Remove(node.Unit.Code))
                _marked.Add(node.Unit.Code);
        }
        else if (key.Is('c'))
            Compare();
        else if (key.Is('t'))
            Trend();
        else
            return false;
        return true;
    }

    private void StartFilter()
    {
        _filterEditor = new LineEditor(_filter);
        if (_all is null)
            Nav.Run(cancel => Nav.Data.AllUnitsAsync(cancel), all => _all = all);
    }

    private void Compare()
    {
        var node = SelectedNode;
        if (_marked.Count > 0)
            Nav.Push(new CompareScreen(node?.Unit ?? Nav.Data.KnownUnit(_marked.First())!, null, [.. _marked]));
        else if (node is not null)
            Nav.Push(new CompareScreen(node.Unit, null, null, childrenOf: node.Unit.ChildCount > 0));
    }

    private void Trend()
    {
        if (SelectedNode is { } node)
            Nav.Push(new TrendScreen(node.Unit, null));
    }
}
