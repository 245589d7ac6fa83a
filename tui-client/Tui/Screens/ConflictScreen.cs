using Cchc.V1;
using CchcGrpc.Client.Tui.Offline;
using CchcGrpc.Client.Tui.Shell;

namespace CchcGrpc.Client.Tui.Screens;

/// <summary>
/// Someone saved the report after the operator's edits began: each indicator both changed, value by
/// value (the base the operator started from, theirs, mine), for the operator to settle with m / t / b.
/// Nothing is sent until every row has a choice; Enter sends the result on the newer revision with the
/// values only the operator changed; Esc leaves it for later (the draft stays on disk).
/// </summary>
public sealed class ConflictScreen(DraftConflict conflict, Func<string, EntryRow?> rowOf, Action<DraftOutcome, IReadOnlyList<ValueInput>> settled) : Screen
{
    private readonly Dictionary<string, ConflictChoice> _choices = new(StringComparer.Ordinal);
    private int _selected;

    public override string Title => T.Format("conflict_title", conflict.Draft.ReportName);

    public DraftConflict Conflict => conflict;

    public IReadOnlyDictionary<string, ConflictChoice> Choices => _choices;

    public override IReadOnlyList<FooterKey> Footer =>
        [new("m", T["choice_mine"]), new("t", T["choice_theirs"]), new("b", T["choice_base"]), new("Enter", T["key_send"]), new("Esc", T["key_later"])];

    public override IReadOnlyList<string> Help => [T["help_conflict_what"], T["help_conflict_choose"], T["help_conflict_all"], T["help_conflict_send"]];

    public override void Render(Canvas canvas, int top, int height)
    {
        var width = canvas.Width;
        canvas.Wrap(1, top, width - 2, 2, T.Format("conflict_heading", T["conflict_someone"], conflict.Current.Revision, conflict.Draft.BaseRevision), CellStyle.Warning);
        canvas.Write(1, top + 2, Canvas.Fit(T.Format("conflict_merged", conflict.MergedByThemselves.Count), width - 2), CellStyle.Dim);
        var (codeW, valueW, choiceW) = (8, Math.Max(8, width / 8), 9);
        var nameW = Math.Max(6, width - codeW - 3 * valueW - choiceW - 7);
        var columns = new[] { (T["col_code"], codeW), (T["col_indicator"], nameW), (T["col_base"], valueW), (T["col_mine"], valueW), (T["col_theirs"], valueW), (T["col_choice"], choiceW) };
        var y = top + 4;
        var x = 1;
        foreach (var (label, w) in columns)
        {
            canvas.Field(x, y, w, label, CellStyle.Heading);
            x += w + 1;
        }
        var rows = Math.Max(1, height - 5);
        var first = Math.Clamp(_selected - rows + 1, 0, Math.Max(0, conflict.Values.Count - rows));
        for (var i = 0; i < rows && first + i < conflict.Values.Count; i++)
        {
            var value = conflict.Values[first + i];
            var row = rowOf(value.IndicatorId);
            var chosen = _choices.TryGetValue(value.IndicatorId, out var c) ? c : (ConflictChoice?)null;
            var style = first + i == _selected ? CellStyle.Focus : CellStyle.Normal;
            var line = y + 1 + i;
            canvas.Fill(0, line, width, style);
            x = 1;
            foreach (var (text, w) in new[]
            {
                (row?.Code ?? value.IndicatorId, codeW), (row?.Indicator?.Name ?? "", nameW), (Show(row, value.Base), valueW),
                (Show(row, value.Mine), valueW), (Show(row, value.Theirs), valueW), (ChoiceText(chosen), choiceW),
            })
            {
                canvas.Field(x, line, w, text, style);
                x += w + 1;
            }
        }
    }

    public override bool Handle(KeyPress key)
    {
        if (ListCursor.Move(key, _selected, conflict.Values.Count) is { } moved)
        {
            _selected = moved;
            return true;
        }
        if (key.Name == KeyName.Enter)
        {
            Send();
            return true;
        }
        if (key.Name != KeyName.Char || conflict.Values.Count == 0)
            return false;
        var id = conflict.Values[_selected].IndicatorId;
        switch (key.Char)
        {
            case 'm':
                Choose(id, ConflictChoice.Mine);
                return true;
            case 't':
                Choose(id, ConflictChoice.Theirs);
                return true;
            case 'b':
                Choose(id, ConflictChoice.Base);
                return true;
            case ' ':
                Choose(id, _choices.TryGetValue(id, out var now) ? (ConflictChoice)(((int)now + 1) % 3) : ConflictChoice.Mine);
                return true;
            case 'M' or 'T':
                foreach (var value in conflict.Values)
                    _choices[value.IndicatorId] = key.Char == 'M' ? ConflictChoice.Mine : ConflictChoice.Theirs;
                return true;
        }
        return false;
    }

    private void Choose(string id, ConflictChoice choice)
    {
        _choices[id] = choice;
        // The next row that still needs a choice.
        var next = Enumerable.Range(0, conflict.Values.Count).Select(i => (_selected + 1 + i) % conflict.Values.Count)
            .FirstOrDefault(i => !_choices.ContainsKey(conflict.Values[i].IndicatorId), _selected);
        _selected = next;
    }

    private void Send()
    {
        var open = conflict.Values.Count(v => !_choices.ContainsKey(v.IndicatorId));
        if (open > 0)
        {
            Nav.Say(T.Format("conflict_open", open), error: true);
            return;
        }
        var choices = new Dictionary<string, ConflictChoice>(_choices, StringComparer.Ordinal);
        var sent = conflict.Resolve(choices, Nav.Time.GetUtcNow()).ChangedValues();
        var sync = Nav.Data.Sync;
        Nav.Run(cancel => sync.ResolveAsync(conflict, choices, cancel), outcome =>
        {
            Nav.Pop();
            settled(outcome, sent);
        });
    }

    private string ChoiceText(ConflictChoice? choice) => choice switch
    {
        ConflictChoice.Mine => T["choice_mine"],
        ConflictChoice.Theirs => T["choice_theirs"],
        ConflictChoice.Base => T["choice_base"],
        _ => T["choice_none"],
    };

    private static string Show(EntryRow? row, DraftValue value)
    {
        var text = value.RawText.Length == 0 ? "∅" : row is { IsChoice: true } ? row.Label(value.RawText) : value.RawText;
        return value.Note.Length > 0 ? $"{text} ({value.Note})" : text;
    }
}
