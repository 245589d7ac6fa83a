using Cchc.V1;
using CchcGrpc.Client.Tui.Shell;

namespace CchcGrpc.Client.Tui.Screens;

/// <summary>
/// The review queue: reports submitted or resubmitted in the reviewer's subtree, oldest submission
/// first. Enter opens one read-only with its findings and history, to approve or return it.
/// </summary>
public sealed class ReviewQueueScreen(Unit root) : Screen
{
    private readonly List<(Report Report, Unit? Unit, Period? Period)> _items = [];
    private bool _loaded;
    private int _selected;
    private int _scroll;

    public override string Title => T.Format("review_title", root.Code);

    public IReadOnlyList<(Report Report, Unit? Unit, Period? Period)> Items => _items;

    public override IReadOnlyList<FooterKey> Footer => [new("Enter", T["key_open"]), new("g", T["key_reload"])];

    public override IReadOnlyList<string> Help => [T["help_review_list"], T["help_home_move"], T["help_review_open"], T["help_home_reload"]];

    public override IReadOnlyList<PaletteCommand> Commands => [new(T["cmd_open"], "Enter", Open), new(T["cmd_reload"], "g", Load)];

    public override void OnShown() => Load();

    public override void OnResumed() => Load();

    private void Load()
    {
        var data = Nav.Data;
        var year = Nav.Time.GetUtcNow().Year;
        Nav.Run(async cancel =>
        {
            var reports = await data.ReportListAsync(root.Code, true, [ReportStatus.Submitted, ReportStatus.Resubmitted], cancel).ConfigureAwait(false);
            var periods = (await data.PeriodsAsync(year - 5, year, cancel).ConfigureAwait(false)).ToDictionary(p => p.Id, StringComparer.Ordinal);
            var items = new List<(Report, Unit?, Period?)>();
            foreach (var report in reports.OrderBy(r => r.SubmittedAt, StringComparer.Ordinal))
                items.Add((report, await data.UnitAsync(report.UnitCode, cancel).ConfigureAwait(false), periods.GetValueOrDefault(report.PeriodId)));
            return items;
        }, items =>
        {
            _loaded = true;
            _items.Clear();
            _items.AddRange(items);
            _selected = Math.Clamp(_selected, 0, Math.Max(0, _items.Count - 1));
        });
    }

    public override void Render(Canvas canvas, int top, int height)
    {
        var width = canvas.Width;
        canvas.Write(1, top, Canvas.Fit(T.Format("review_heading", root.Name, _items.Count), width - 2), CellStyle.Heading);
        var (codeW, periodW, statusW, whenW) = (14, 22, 14, 11);
        var nameW = Math.Max(6, width - codeW - periodW - statusW - whenW - 6);
        var y = top + 2;
        var x = 1;
        foreach (var (label, w) in new[] { (T["col_unit_code"], codeW), (T["col_unit"], nameW), (T["col_period"], periodW), (T["col_status"], statusW), (T["col_submitted"], whenW) })
        {
            canvas.Field(x, y, w, label, CellStyle.Heading);
            x += w + 1;
        }
        if (!_loaded)
        {
            canvas.Write(1, y + 1, T["loading"], CellStyle.Dim);
            return;
        }
        if (_items.Count == 0)
            canvas.Write(1, y + 1, T["review_empty"], CellStyle.Dim);
        var rows = Math.Max(1, height - 3);
        _scroll = Math.Clamp(_scroll, Math.Max(0, _selected - rows + 1), Math.Min(_selected, Math.Max(0, _items.Count - rows)));
        for (var i = 0; i < rows && _scroll + i < _items.Count; i++)
        {
            var (report, unit, period) = _items[_scroll + i];
            var style = _scroll + i == _selected ? CellStyle.Focus : CellStyle.Normal;
            var line = y + 1 + i;
            canvas.Fill(0, line, width, style);
            x = 1;
            var submitted = T.Date(report.SubmittedAt.Length >= 10 ? report.SubmittedAt[..10] : report.SubmittedAt) + (report.SubmittedLate ? "*" : "");
            foreach (var (text, w) in new[] { (report.UnitCode, codeW), (unit?.Name ?? "", nameW), (period?.Label ?? report.PeriodId, periodW), (T.Status(report.Status), statusW), (submitted, whenW) })
            {
                canvas.Field(x, line, w, text, style);
                x += w + 1;
            }
        }
    }

    public override bool Handle(KeyPress key)
    {
        if (ListCursor.Move(key, _selected, _items.Count) is { } moved)
        {
            _selected = moved;
            return true;
        }
        switch (key.Direction)
        {
            case KeyName.Enter:
                Open();
                return true;
        }
        if (!key.Is('g'))
            return false;
        Load();
        return true;
    }

    private void Open()
    {
        if (_items.Count == 0)
            return;
        var (report, unit, period) = _items[_selected];
        if (unit is null || period is null)
            return;
        Nav.Push(new ReportEntryScreen(unit, period, readOnly: true, review: true));
    }
}
