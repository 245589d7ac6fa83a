using Cchc.V1;
using CchcGrpc.Client.Tui.Shell;
using Grpc.Core;

namespace CchcGrpc.Client.Tui.Screens;

/// <summary>
/// Report entry: the seven fields (Biểu I–VII) as sections of one grid of indicator rows — code as
/// the unit's form prints it, name, unit of measure, value, note. Enter/F2 edits a cell, Esc
/// cancels, Tab/Shift-Tab, arrows and h j k l, PgUp/PgDn, Home/End move. Each committed cell is
/// checked by the server (validate only: its Vietnamese number parsing, derived values recomputed,
/// the catalog's rules) and the findings show inline and in a list (F3/f) to jump from. F6/s saves
/// the changed values with the base revision; F8/p submits after a confirmation listing blockers.
/// Opened read-only (a reviewer, or a report that is not draft/returned) it shows findings and
/// history, and a reviewer approves (F9/a) or returns it with a required comment (F5/r).
/// </summary>
public sealed partial class ReportEntryScreen(Unit unit, Period period, bool readOnly, bool review = false) : Screen
{
    private const int ValueColumn = 0;
    private const int NoteColumn = 1;
    private readonly List<EntryRow> _rows = [];
    private readonly List<Finding> _findings = [];
    private readonly List<ReportEvent> _history = [];
    private readonly Dictionary<string, string> _invalid = new(StringComparer.Ordinal);
    private Report? _report;
    private bool _loaded;
    private int _selected;
    private int _column;
    private int _scroll;
    private LineEditor? _editor;
    private Panel _panel;
    private int _panelSelected;
    private int _previewGeneration;
    private int _gridRows = 10;
    private int _drawnSelected;
    private int _nameWidth = int.MaxValue;
    // The operator asked to save and the server has not stored it yet: sent again on reconnect.
    private bool _queued;
    // A draft from an older revision whose values someone else changed too, not settled yet: until it
    // is, nothing is typed or saved here (a new draft would replace it and lose those values unseen).
    private Offline.DraftConflict? _unsettled;

    private enum Panel
    {
        None,
        Findings,
        History,
    }

    public string Name => $"reports/{unit.Code}/{period.Id}";

    public override string Title => T.Format(review ? "review_report_title" : "entry_title", unit.Code, period.Id);

    public Report? Report => _report;

    public IReadOnlyList<EntryRow> Rows => _rows;

    public IReadOnlyList<Finding> Findings => _findings;

    /// <summary>Typed values the server cannot read (indicator id → why); they are never saved.</summary>
    public IReadOnlyDictionary<string, string> Invalid => _invalid;

    public EntryRow? SelectedRow => _rows.Count > 0 ? _rows[_selected] : null;

    public int Column => _column;

    public bool Editing => _editor is not null;

    /// <summary>Read-only: a reviewer, or a report that is not a draft or returned.</summary>
    public bool ReadOnly => readOnly || _report?.Status is ReportStatus.Submitted or ReportStatus.Resubmitted or ReportStatus.Approved;

    public override bool CapturesText => _editor is not null;

    public override bool HasUnsavedEdits => _rows.Any(r => r.Changed);

    public override IReadOnlyList<FooterKey> Footer => _editor is not null
        ? [new("Enter", T["key_accept"]), new("Esc", T["key_cancel"]), new("Tab", T["key_next_cell"])]
        : ReadOnly
            ? [.. review ? (FooterKey[])[new("F9/a", T["key_approve"]), new("F5/r", T["key_return"])] : [], new("F3/f", T["key_findings"]), new("F7/H", T["key_history"])]
            : [new("F2/Enter", T["key_edit"]), new("F4/n", T["key_note"]), new("F6/s", T["key_save"]), new("F8/p", T["key_submit"]), new("F3/f", T["key_findings"])];

    public override IReadOnlyList<string> Help =>
    [
        T["help_entry_move"], T["help_entry_tab"], T["help_entry_page"], T["help_entry_edit"], T["help_entry_numbers"], T["help_entry_choice"],
        T["help_entry_note"], T["help_entry_derived"], T["help_entry_findings"], T["help_entry_save"], T["help_entry_submit"], T["help_entry_history"],
        T["help_entry_review"], T["help_entry_marks"],
    ];

    public override IReadOnlyList<PaletteCommand> Commands =>
    [
        .. ReadOnly ? [] : (PaletteCommand[])
        [
            new(T["cmd_edit"], "F2 Enter", () => BeginEdit(_column)), new(T["cmd_note"], "F4 n", () => BeginEdit(NoteColumn)),
            new(T["cmd_save"], "F6 s", () => Save(null)), new(T["cmd_submit"], "F8 p", Submit),
        ],
        .. review ? (PaletteCommand[])[new(T["cmd_approve"], "F9 a", Approve), new(T["cmd_return"], "F5 r", Return)] : [],
        new(T["cmd_findings"], "F3 f", () => Toggle(Panel.Findings)),
        new(T["cmd_history"], "F7 H", () => Toggle(Panel.History)),
        new(T["cmd_first_error"], "e", JumpToFirstFinding),
    ];

    public override void OnShown() => Load();

    private void Load()
    {
        var data = Nav.Data;
        Nav.Run(async cancel =>
        {
            var report = await data.ReportAsync(Name, cancel).ConfigureAwait(false);
            var catalog = await data.CatalogAsync(report?.CatalogVersion ?? "", cancel).ConfigureAwait(false);
            var findings = report is null ? null : await data.ValidateAsync(Name, cancel).ConfigureAwait(false);
            return (report, catalog, findings);
        }, result =>
        {
            // A reload (after a save that found the values already there) keeps the operator's place.
            var keep = _loaded ? _selected : -1;
            _loaded = true;
            _report = result.report;
            _invalid.Clear();
            BuildRows(result.catalog);
            if (keep >= 0 && keep < _rows.Count && !_rows[keep].IsHeading)
                _selected = keep;
            RestoreDraft();
            _findings.Clear();
            if (result.findings is not null)
                _findings.AddRange(result.findings.Findings);
            // A reviewer reads the history first; Esc closes it.
            if (review)
                Toggle(Panel.History);
        });
    }

    private void BuildRows(GetCatalogResponse catalog)
    {
        _rows.Clear();
        var variant = unit.Level == UnitLevel.Department ? "department" : "province";
        var stored = _report?.Values.ToDictionary(v => v.IndicatorId, StringComparer.Ordinal) ?? [];
        string? field = null;
        foreach (var indicator in catalog.Indicators.Where(i => i.Levels.Count == 0 || i.Levels.Contains(unit.Level)))
        {
            if (indicator.Field != field)
            {
                field = indicator.Field;
                _rows.Add(EntryRow.ForField(field, $"{field}. {T.Field(field)}"));
            }
            var code = indicator.VariantCodes.TryGetValue(variant, out var printed) ? printed : indicator.Code;
            var row = EntryRow.ForIndicator(indicator, code);
            row.Stored = stored.GetValueOrDefault(indicator.Id);
            _rows.Add(row);
        }
        _selected = FirstSelectable(0, 1);
    }

    private int FirstSelectable(int from, int step)
    {
        for (var i = from; i >= 0 && i < _rows.Count; i += step)
        {
            if (!_rows[i].IsHeading)
                return i;
        }
        return Math.Clamp(_selected, 0, Math.Max(0, _rows.Count - 1));
    }

    /// <summary>Selects the row of an indicator (a finding's, a jump from the list).</summary>
    public void SelectIndicator(string indicatorId)
    {
        var index = _rows.FindIndex(r => r.Indicator?.Id == indicatorId);
        if (index >= 0)
            _selected = index;
    }

    private List<Finding> FindingsOf(EntryRow row) =>
        row.Indicator is null ? [] : _findings.Where(f => f.IndicatorIds.Contains(row.Indicator.Id)).ToList();

    public override void Render(Canvas canvas, int top, int height)
    {
        var width = canvas.Width;
        var status = _report is null ? T["status_not_started"] : T.Status(_report.Status);
        var head = $"{unit.Name} · {period.Label} · {status}";
        if (_report is not null)
            head += " · " + T.Format("revision", _report.Revision);
        if (HasUnsavedEdits)
            head += " · " + T.Format("unsaved_count", _rows.Count(r => r.Changed));
        canvas.Write(1, top, Canvas.Fit(head, width - 2), CellStyle.Heading);
        var errors = _findings.Count(f => f.Severity == Finding.Types.Severity.Error) + _invalid.Count;
        var warnings = _findings.Count(f => f.Severity == Finding.Types.Severity.Warning && !f.Acknowledged);
        var second = T.Format("deadline_line", T.Date(period.Deadline)) + " · " + T.Format("findings_count", errors, warnings);
        if (_report is { ReviewComment.Length: > 0 } && _report.Status is ReportStatus.Returned or ReportStatus.Resubmitted)
            second = T.Format("review_comment", _report.ReviewComment) + " · " + second;
        canvas.Write(1, top + 1, Canvas.Fit(second, width - 2), _report?.Status == ReportStatus.Returned ? CellStyle.Warning : CellStyle.Dim);
        if (!_loaded)
        {
            canvas.Write(1, top + 3, T["loading"], CellStyle.Dim);
            return;
        }
        var panelHeight = _panel == Panel.None ? 3 : Math.Max(3, height / 3);
        var gridTop = top + 2;
        var gridHeight = Math.Max(2, height - 2 - panelHeight);
        _gridRows = gridHeight - 1;
        var (markW, codeW, unitW, valueW) = (1, 8, Math.Min(10, width / 9), Math.Max(12, width / 7));
        var noteW = Math.Max(8, width / 6);
        var nameW = Math.Max(8, width - markW - codeW - unitW - valueW - noteW - 6);
        var xCode = markW + 1;
        var xName = xCode + codeW + 1;
        var xUnit = xName + nameW + 1;
        var xValue = xUnit + unitW + 1;
        var xNote = xValue + valueW + 1;
        canvas.Field(xCode, gridTop, codeW, T["col_code"], CellStyle.Heading);
        canvas.Field(xName, gridTop, nameW, T["col_indicator"], CellStyle.Heading);
        canvas.Field(xUnit, gridTop, unitW, T["col_uom"], CellStyle.Heading);
        canvas.Field(xValue, gridTop, valueW, T["col_value"], CellStyle.Heading, right: true);
        canvas.Field(xNote, gridTop, noteW, T["col_note"], CellStyle.Heading);
        _nameWidth = nameW;
        var rows = _gridRows;
        ScrollToSelection(rows);
        for (var i = 0; i < rows && _scroll + i < _rows.Count; i++)
        {
            var index = _scroll + i;
            var row = _rows[index];
            var y = gridTop + 1 + i;
            if (row.IsHeading)
            {
                canvas.Write(xCode, y, Canvas.Fit(row.Heading, width - xCode - 1), CellStyle.Heading);
                continue;
            }
            var selected = index == _selected;
            var findings = FindingsOf(row);
            var error = findings.Any(f => f.Severity == Finding.Types.Severity.Error) || _invalid.ContainsKey(row.Indicator!.Id);
            var warning = findings.Any(f => f.Severity == Finding.Types.Severity.Warning && !f.Acknowledged);
            // Only a ">" before the code and the focused cell mark the selected row: a move then re-sends a few
            // cells, not two whole rows (a highlighted code cost ~45 B a move in colour changes and re-sent codes).
            var rowStyle = row.IsGroup ? CellStyle.Dim : CellStyle.Normal;
            canvas.Write(0, y, error ? "✗" : warning ? "!" : row.Derived ? "=" : row.Changed ? "*" : " ", error ? CellStyle.Error : warning ? CellStyle.Warning : rowStyle);
            canvas.Write(1, y, selected ? ">" : " ", rowStyle);
            canvas.Field(xCode, y, codeW, row.Code, rowStyle);
            canvas.Field(xName, y, nameW, row.Indicator!.Name, rowStyle);
            canvas.Field(xUnit, y, unitW, row.Indicator.UnitOfMeasure, rowStyle);
            var valueStyle = error ? CellStyle.Error : warning ? CellStyle.Warning : rowStyle;
            var noteStyle = rowStyle;
            if (selected && _editor is null)
            {
                if (_column == ValueColumn)
                    valueStyle = CellStyle.Focus;
                else
                    noteStyle = CellStyle.Focus;
            }
            if (selected && _editor is not null)
                _editor.Draw(canvas, _column == ValueColumn ? xValue : xNote, y, _column == ValueColumn ? valueW : noteW, focused: true);
            if (!(selected && _editor is not null && _column == ValueColumn))
                canvas.Field(xValue, y, valueW, row.IsGroup ? "" : row.ShownValue, valueStyle, right: true);
            if (!(selected && _editor is not null && _column == NoteColumn))
                canvas.Field(xNote, y, noteW, row.Note, noteStyle);
        }
        RenderPanel(canvas, gridTop + gridHeight, panelHeight);
    }

    /// <summary>
    /// Keeps the selected row in the grid, scrolling as little as possible: a move past the edge scrolls by
    /// the row (the slow-link output sends that as a scroll region and the new line, ~200 B, where a new
    /// page costs a repaint of the grid, 1.2 KB at 80×24 and 3.3 KB at 120×40). A jump of a page or more
    /// (PgDn/PgUp, Home/End, a finding) keeps the selection where it was in the grid, so PgDn turns a page.
    /// A field's heading comes into view with the field's first row.
    /// </summary>
    private void ScrollToSelection(int rows)
    {
        rows = Math.Max(1, rows);
        if (_selected < _scroll || _selected >= _scroll + rows)
        {
            if (Math.Abs(_selected - _drawnSelected) >= rows)
                _scroll = _selected - Math.Clamp(_drawnSelected - _scroll, 0, rows - 1);
            else if (_selected < _scroll)
                _scroll = _selected;
            else
                _scroll = _selected - rows + 1;
            if (_scroll > 0 && _scroll == _selected && _rows[_scroll - 1].IsHeading)
                _scroll--;
        }
        _scroll = Math.Clamp(_scroll, 0, Math.Max(0, _rows.Count - rows));
        _drawnSelected = _selected;
    }

    private void RenderPanel(Canvas canvas, int top, int height)
    {
        var width = canvas.Width;
        if (_panel == Panel.None)
        {
            var row = SelectedRow;
            if (row?.Indicator is null)
                return;
            var findings = FindingsOf(row);
            var first = findings.OrderBy(f => f.Severity).FirstOrDefault();
            // The indicator's full name where the grid cuts it, and how a derived value is computed. Not the
            // code (the selected row shows it): a code of another length shifted the whole line, re-sending it
            // on every move, where names of neighbouring rows mostly share their start.
            var cut = Canvas.Fit(row.Indicator.Name, _nameWidth) != Canvas.Fit(row.Indicator.Name, int.MaxValue);
            var detail = cut ? row.Indicator.Name : "";
            if (row.Indicator.Formula.Length > 0)
                detail += (cut ? " = " : $"{row.Code} = ") + row.Indicator.Formula;
            canvas.Write(1, top, Canvas.Fit(detail, width - 2), CellStyle.Normal);
            if (_invalid.TryGetValue(row.Indicator.Id, out var why))
                canvas.Wrap(1, top + 1, width - 2, 2, "✗ " + why, CellStyle.Error);
            else if (first is not null)
            {
                var line = (first.Severity == Finding.Types.Severity.Error ? "✗ " : "! ") + first.Message;
                if (first.Severity == Finding.Types.Severity.Warning && !first.Acknowledged)
                    line += " — " + T["note_required"];
                canvas.Wrap(1, top + 1, width - 2, 2, line, first.Severity == Finding.Types.Severity.Error ? CellStyle.Error : CellStyle.Warning);
            }
            else if (row.IsChoice)
            {
                canvas.Write(1, top + 1, Canvas.Fit(T["choice_options"] + string.Join(", ", row.Indicator.Options.Select(o => $"{o.Key} = {o.Value}")), width - 2), CellStyle.Dim);
            }
            return;
        }
        var title = _panel == Panel.Findings ? T.Format("findings_title", AllFindings.Count) : T["history_title"];
        canvas.Fill(0, top, width, CellStyle.Header);
        canvas.Write(1, top, Canvas.Fit(title, width - 2), CellStyle.Header);
        var lines = _panel == Panel.Findings ? FindingLines() : HistoryLines();
        var rows = height - 1;
        var first2 = Math.Clamp(_panelSelected - rows + 1, 0, Math.Max(0, lines.Count - rows));
        if (lines.Count == 0)
            canvas.Write(1, top + 1, _panel == Panel.Findings ? T["no_findings"] : T["no_history"], CellStyle.Dim);
        for (var i = 0; i < rows && first2 + i < lines.Count; i++)
        {
            var (text, style) = lines[first2 + i];
            var selected = _panel == Panel.Findings && first2 + i == _panelSelected;
            canvas.Fill(0, top + 1 + i, width, selected ? CellStyle.Focus : CellStyle.Normal);
            canvas.Write(1, top + 1 + i, Canvas.Fit(text, width - 2), selected ? CellStyle.Focus : style);
        }
    }

    /// <summary>The findings list: values the server cannot read first, then the rules' findings.</summary>
    private List<(string, CellStyle)> FindingLines() => [.. InvalidFindings().Concat(_findings).Select(f =>
    {
        var mark = f.Severity switch
        {
            Finding.Types.Severity.Error => "✗",
            Finding.Types.Severity.Warning when !f.Acknowledged => "!",
            Finding.Types.Severity.Warning => "✓",
            _ => "i",
        };
        var style = f.Severity == Finding.Types.Severity.Error ? CellStyle.Error : f.Severity == Finding.Types.Severity.Warning && !f.Acknowledged ? CellStyle.Warning : CellStyle.Dim;
        return ($"{mark} {string.Join(", ", f.IndicatorCodes)}: {f.Message}", style);
    })];

    private IEnumerable<Finding> InvalidFindings() => _invalid.Select(p => new Finding
    {
        Severity = Finding.Types.Severity.Error,
        IndicatorIds = { p.Key },
        IndicatorCodes = { _rows.FirstOrDefault(r => r.Indicator?.Id == p.Key)?.Code ?? p.Key },
        Message = p.Value,
    });

    private List<Finding> AllFindings => [.. InvalidFindings(), .. _findings];

    private List<(string, CellStyle)> HistoryLines() => _history.Select(e =>
    {
        var when = T.Instant(e.At);
        if (e.StatusChange is { } s)
        {
            var text = $"{when} {e.UserName}: {T.Status(s.From)} → {T.Status(s.To)}";
            if (s.Comment.Length > 0)
                text += " · " + s.Comment;
            return (text, CellStyle.Heading);
        }
        var v = e.ValueChange;
        var change = $"{when} {e.UserName}: {v?.IndicatorId} {Quote(v?.OldRawText)} → {Quote(v?.NewRawText)}";
        if (v is { NewNote.Length: > 0 } && v.NewNote != v.OldNote)
            change += " · " + T["col_note"] + ": " + v.NewNote;
        return (change, CellStyle.Normal);
    }).ToList();

    private static string Quote(string? text) => string.IsNullOrEmpty(text) ? "∅" : text;

    public override bool Handle(KeyPress key)
    {
        if (!_loaded)
            return key.Name != KeyName.Escape ? true : false;
        if (_editor is not null)
            return HandleEditing(key);
        if (_panel != Panel.None && HandlePanel(key))
            return true;
        switch (key.Name)
        {
            case KeyName.Enter or KeyName.F2:
                BeginEdit(_column);
                return true;
            case KeyName.F4:
                BeginEdit(NoteColumn);
                return true;
            case KeyName.F3:
                Toggle(Panel.Findings);
                return true;
            case KeyName.F7:
                Toggle(Panel.History);
                return true;
            case KeyName.F6:
                Save(null);
                return true;
            case KeyName.F8:
                Submit();
                return true;
            case KeyName.F9:
                Approve();
                return true;
            case KeyName.F5:
                Return();
                return true;
            case KeyName.Tab:
                MoveCell(+1);
                return true;
            case KeyName.BackTab:
                MoveCell(-1);
                return true;
            case KeyName.PageDown:
                MoveRows(Math.Max(1, _gridRows));
                return true;
            case KeyName.PageUp:
                MoveRows(-Math.Max(1, _gridRows));
                return true;
            case KeyName.Home:
                _selected = FirstSelectable(0, 1);
                return true;
            case KeyName.End:
                _selected = FirstSelectable(_rows.Count - 1, -1);
                return true;
            case KeyName.Escape when HasUnsavedEdits:
                Nav.Confirm(T["leave_title"], [(T.Format("unsaved_count", _rows.Count(r => r.Changed)), CellStyle.Warning), (T["leave_question"], CellStyle.Normal)], () =>
                {
                    Nav.Data.Drafts.Delete(Name);
                    Nav.Pop();
                });
                return true;
        }
        switch (key.Direction)
        {
            case KeyName.Down:
                MoveRows(1);
                return true;
            case KeyName.Up:
                MoveRows(-1);
                return true;
            case KeyName.Left:
                _column = ValueColumn;
                return true;
            case KeyName.Right:
                _column = NoteColumn;
                return true;
        }
        if (StartTyping(key))
            return true;
        if (key.Is('n'))
            BeginEdit(NoteColumn);
        else if (key.Is('s'))
            Save(null);
        else if (key.Is('p'))
            Submit();
        else if (key.Is('f'))
            Toggle(Panel.Findings);
        else if (key.Is('H'))
            Toggle(Panel.History);
        else if (key.Is('e'))
            JumpToFirstFinding();
        else if (key.Is('a') && review)
            Approve();
        else if (key.Is('r') && review)
            Return();
        else if (key.Is('q') && HasUnsavedEdits)
            return Handle(new KeyPress(KeyName.Escape));
        else
            return false;
        return true;
    }

    private bool HandlePanel(KeyPress key)
    {
        var all = AllFindings;
        var count = _panel == Panel.Findings ? all.Count : _history.Count;
        switch (key.Name)
        {
            case KeyName.Escape:
                _panel = Panel.None;
                return true;
            case KeyName.Down:
                _panelSelected = Math.Min(Math.Max(0, count - 1), _panelSelected + 1);
                return true;
            case KeyName.Up:
                _panelSelected = Math.Max(0, _panelSelected - 1);
                return true;
            case KeyName.Enter when _panel == Panel.Findings && count > 0:
                var finding = all[Math.Clamp(_panelSelected, 0, count - 1)];
                if (finding.IndicatorIds.Count > 0)
                    SelectIndicator(finding.IndicatorIds[0]);
                _column = finding.Severity == Finding.Types.Severity.Warning && !finding.Acknowledged ? NoteColumn : ValueColumn;
                _panel = Panel.None;
                return true;
        }
        if (key.Is('j') || key.Is('k'))
            return HandlePanel(new KeyPress(key.Is('j') ? KeyName.Down : KeyName.Up));
        return false;
    }

    private void Toggle(Panel panel)
    {
        _panel = _panel == panel ? Panel.None : panel;
        _panelSelected = 0;
        if (_panel == Panel.History)
            LoadHistory();
    }

    private void LoadHistory()
    {
        if (_report is null)
            return;
        Nav.Run(cancel => Nav.Data.HistoryAsync(Name, 50, cancel), events =>
        {
            _history.Clear();
            _history.AddRange(events);
        });
    }

    private void JumpToFirstFinding()
    {
        var first = AllFindings.OrderBy(f => f.Severity).FirstOrDefault(f => f.Severity == Finding.Types.Severity.Error || !f.Acknowledged);
        if (first is { IndicatorIds.Count: > 0 })
            SelectIndicator(first.IndicatorIds[0]);
    }

    private void MoveRows(int delta)
    {
        if (_rows.Count == 0)
            return;
        var target = Math.Clamp(_selected + delta, 0, _rows.Count - 1);
        var step = delta > 0 ? 1 : -1;
        var found = FirstSelectable(target, step);
        if (_rows[found].IsHeading || (step > 0 ? found < _selected : found > _selected))
            found = FirstSelectable(target, -step);
        _selected = found;
    }

    private void MoveCell(int step)
    {
        var cell = _column + step;
        if (cell > NoteColumn)
        {
            _column = ValueColumn;
            MoveRows(1);
        }
        else if (cell < ValueColumn)
        {
            _column = NoteColumn;
            MoveRows(-1);
        }
        else
        {
            _column = cell;
        }
    }

    private void BeginEdit(int column)
    {
        var row = SelectedRow;
        if (row?.Indicator is null || SettleFirst())
            return;
        if (ReadOnly)
        {
            Nav.Say(T["read_only"], error: true);
            return;
        }
        if (row.IsGroup)
        {
            Nav.Say(T["group_row"], error: true);
            return;
        }
        _column = column;
        if (column == ValueColumn && row.IsChoice)
        {
            var codes = row.Indicator.Options.Keys.OrderBy(k => k, StringComparer.Ordinal).ToList();
            var labels = codes.Select(c => $"{c} = {row.Indicator.Options[c]}").Append(T["choice_clear"]).ToList();
            var current = row.TypedChoice ?? row.Current?.Number ?? "";
            Nav.Pick(T.Format("choice_title", row.Code), labels, Math.Max(0, codes.IndexOf(current)), i =>
            {
                row.TypedChoice = i < codes.Count ? codes[i] : "";
                Preview();
            });
            return;
        }
        _editor = new LineEditor(column == ValueColumn ? row.ShownValue : row.Note, selected: true);
    }

    /// <summary>A digit (or / , . -) typed on a value cell starts editing it with that character, as in a spreadsheet.</summary>
    private bool StartTyping(KeyPress key)
    {
        if (key.Name != KeyName.Char || !(char.IsDigit(key.Char) || key.Char is '/' or ',' or '.' or '-') || _column != ValueColumn)
            return false;
        var row = SelectedRow;
        if (ReadOnly || row?.Indicator is null || row.IsGroup || row.IsChoice)
            return false;
        BeginEdit(ValueColumn);
        _editor?.Handle(key);
        return true;
    }

    private bool HandleEditing(KeyPress key)
    {
        switch (key.Name)
        {
            case KeyName.Escape:
                _editor = null;
                if (_column == ValueColumn)
                    DerivedEstimates.Apply(_rows, null, null);
                return true;
            case KeyName.Enter:
                Commit();
                return true;
            case KeyName.Tab:
                Commit();
                MoveCell(+1);
                return true;
            case KeyName.BackTab:
                Commit();
                MoveCell(-1);
                return true;
            case KeyName.Up or KeyName.Down or KeyName.PageUp or KeyName.PageDown:
                Commit();
                MoveRows(key.Name switch { KeyName.Up => -1, KeyName.Down => 1, KeyName.PageUp => -_gridRows, _ => _gridRows });
                return true;
            default:
                _editor!.Handle(key);
                if (_column == ValueColumn)
                    DerivedEstimates.Apply(_rows, SelectedRow, _editor.Text);
                return true;
        }
    }

    private void Commit()
    {
        var row = SelectedRow!;
        var text = _editor!.Text;
        _editor = null;
        if (_column == ValueColumn)
        {
            if (text == row.ShownValue && row.TypedValue is null)
                return;
            row.TypedValue = text.Trim();
            _invalid.Remove(row.Indicator!.Id);
        }
        else
        {
            if (text == row.Note)
                return;
            row.TypedNote = text.Trim();
        }
        Preview();
    }

    /// <summary>Asks the server what the unsaved values give (nothing is stored): derived values and findings.</summary>
    private void Preview(bool announce = true)
    {
        KeepDraft();
        // Shown at once; the server's answer replaces it.
        DerivedEstimates.Apply(_rows, null, null);
        var changed = _rows.Where(r => r.Changed && !_invalid.ContainsKey(r.Indicator!.Id)).Select(r => r.ToInput()).ToList();
        if (changed.Count == 0)
            return;
        var generation = ++_previewGeneration;
        var revision = _report?.Revision ?? 0;
        Nav.Run(cancel => Nav.Data.UpdateAsync(Name, revision, changed, validateOnly: true, cancel), response =>
        {
            // A later preview supersedes this one.
            if (generation != _previewGeneration)
                return;
            ApplyPreview(response, announce);
        }, e =>
        {
            // Superseded: a save landed meanwhile (a newer revision) and started its own preview.
            if (generation != _previewGeneration)
                return true;
            if (!MarkInvalid(e, changed))
                return false;
            // Check the values that can be read, so derived values and findings still follow them.
            Preview(announce);
            return true;
        });
    }

    /// <summary>
    /// Marks the rows the server could not read (VALUE_INVALID names each as values[i] of the
    /// request) with its sentence; false when the failure is of another kind.
    /// </summary>
    private bool MarkInvalid(RpcException e, IReadOnlyList<ValueInput> sent)
    {
        if (e.StatusCode != StatusCode.InvalidArgument || e.GetRpcStatus()?.GetDetail<Google.Rpc.BadRequest>() is not { } bad)
            return false;
        var marked = 0;
        foreach (var violation in bad.FieldViolations)
        {
            var match = System.Text.RegularExpressions.Regex.Match(violation.Field, @"^values\[(\d+)\]");
            if (!match.Success)
                continue;
            var i = int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            if (i >= sent.Count)
                continue;
            _invalid[sent[i].IndicatorId] = violation.LocalizedMessage?.Message is { Length: > 0 } text ? text : violation.Description;
            marked++;
        }
        if (marked == 0)
            return false;
        var row = SelectedRow;
        var here = row?.Indicator is not null && _invalid.TryGetValue(row.Indicator.Id, out var why) ? why : _invalid.Values.First();
        Nav.Say("✗ " + here, error: true);
        return true;
    }

    private void ApplyPreview(UpdateReportValuesResponse response, bool announce)
    {
        var values = response.Report?.Values.ToDictionary(v => v.IndicatorId, StringComparer.Ordinal) ?? [];
        foreach (var row in _rows.Where(r => r.Indicator is not null))
            row.Preview = values.GetValueOrDefault(row.Indicator!.Id);
        DerivedEstimates.Clear(_rows);
        if (_editor is not null)
            DerivedEstimates.Apply(_rows, SelectedRow, _editor.Text);
        _findings.Clear();
        _findings.AddRange(response.Findings);
        var row0 = SelectedRow;
        var mine = row0 is null ? [] : FindingsOf(row0);
        // The selected row's own findings show under the grid; the status line counts them all.
        var errors = _findings.Count(f => f.Severity == Finding.Types.Severity.Error) + _invalid.Count;
        var warnings = _findings.Count(f => f.Severity == Finding.Types.Severity.Warning && !f.Acknowledged);
        if (announce)
            Nav.Say(T.Format("checked", errors, warnings), error: errors > 0 && (mine.Count > 0 || (row0?.Indicator is not null && _invalid.ContainsKey(row0.Indicator.Id))));
    }

    private void Submit()
    {
        if (ReadOnly)
        {
            Nav.Say(T["read_only"], error: true);
            return;
        }
        if (_report is null && !HasUnsavedEdits)
        {
            // Nothing entered yet: there is no report on the server to check or submit.
            Nav.Say(T["submit_empty"], error: true);
            return;
        }
        Save(() => Nav.Run(cancel => Nav.Data.ValidateAsync(Name, cancel), validation =>
        {
            _findings.Clear();
            _findings.AddRange(validation.Findings);
            var blockers = validation.Findings.Where(f => f.Severity == Finding.Types.Severity.Error || (f.Severity == Finding.Types.Severity.Warning && !f.Acknowledged)).ToList();
            if (blockers.Count > 0 || !validation.Submittable)
            {
                Nav.Inform(T["submit_blocked_title"],
                [
                    (T.Format("submit_blocked", blockers.Count), CellStyle.Normal),
                    .. blockers.Select(f => ((f.Severity == Finding.Types.Severity.Error ? "✗ " : "! ") + string.Join(", ", f.IndicatorCodes) + ": " + f.Message
                        + (f.Severity == Finding.Types.Severity.Warning ? " — " + T["note_required"] : ""), f.Severity == Finding.Types.Severity.Error ? CellStyle.Error : CellStyle.Warning)),
                ]);
                return;
            }
            var acknowledged = validation.Findings.Count(f => f.Severity == Finding.Types.Severity.Warning);
            Nav.Confirm(T["submit_title"], [(T.Format("submit_question", unit.Name, period.Label), CellStyle.Normal), (T.Format("submit_warnings", acknowledged), CellStyle.Dim)], () =>
                Nav.Run(cancel => Nav.Data.SubmitAsync(Name, _report?.Revision ?? 0, cancel), report =>
                {
                    _report = report;
                    Nav.Say(T.Format("submitted", T.Status(report.Status)));
                }));
        }));
    }

    private void Approve()
    {
        if (!review || _report is null)
            return;
        Nav.Confirm(T["approve_title"], [(T.Format("approve_question", unit.Name, period.Label), CellStyle.Normal)], () =>
            Nav.Run(cancel => Nav.Data.ApproveAsync(Name, _report.Revision, cancel), report =>
            {
                _report = report;
                Nav.Pop();
                Nav.Say(T.Format("approved", unit.Code, period.Label));
            }));
    }

    private void Return()
    {
        if (!review || _report is null)
            return;
        Nav.Prompt(T["return_title"], T.Format("return_question", unit.Name, period.Label), required: true, comment =>
            Nav.Run(cancel => Nav.Data.ReturnAsync(Name, _report.Revision, comment, cancel), report =>
            {
                _report = report;
                Nav.Pop();
                Nav.Say(T.Format("returned", unit.Code, period.Label));
            }));
    }
}
