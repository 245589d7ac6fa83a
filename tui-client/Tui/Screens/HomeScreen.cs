using System.Globalization;
using Cchc.V1;
using CchcGrpc.Client.Tui.Shell;
using Grpc.Core;

namespace CchcGrpc.Client.Tui.Screens;

/// <summary>
/// Home: the signed-in user's unit, its periods (newest first) with the report's status — not
/// started, draft, submitted, returned with the reviewer's comment, approved — and the deadline
/// from the calendar; a period past its deadline without a submission is marked overdue.
/// </summary>
public sealed class HomeScreen : Screen
{
    private readonly List<HomeRow> _rows = [];
    private Unit? _unit;
    private int _awaitingReview = -1;
    private int _selected;
    private int _scroll;
    private bool _loaded;

    public override string Title => T["home_title"];

    public override bool IsHome => true;

    public IReadOnlyList<HomeRow> Rows => _rows;

    public int Selected => _selected;

    public Unit? Unit => _unit;

    private bool Reviewer => Nav.Data.Principal?.Role is Role.Reviewer or Role.Admin;

    public override IReadOnlyList<FooterKey> Footer =>
    [
        new("Enter", T["key_open"]), new("F3/u", T["key_units"]),
        .. Reviewer ? [new FooterKey("F4/r", T["key_review"])] : Array.Empty<FooterKey>(),
        new("F5/c", T["key_compare"]), new("F6/t", T["key_trend"]), new("q", T["key_quit"]),
    ];

    public override IReadOnlyList<string> Help =>
        [T["help_home_rows"], T["help_home_move"], T["help_home_open"], T["help_home_units"], T["help_home_review"], T["help_home_compare"], T["help_home_trend"], T["help_home_reload"], T["help_home_quit"]];

    public override IReadOnlyList<PaletteCommand> Commands =>
    [
        new(T["cmd_open"], "Enter", Open),
        new(T["cmd_units"], "F3 u", () => Nav.Push(new UnitBrowserScreen(_unit?.Code))),
        new(T["cmd_review"], "F4 r", OpenReview),
        new(T["cmd_compare"], "F5 c", OpenCompare),
        new(T["cmd_trend"], "F6 t", OpenTrend),
        new(T["cmd_reload"], "g", Load),
    ];

    public override void OnShown() => Load();

    public override void OnResumed() => Load();

    private void Load()
    {
        var data = Nav.Data;
        var year = Nav.Time.GetUtcNow().Year;
        Nav.Run(async cancel =>
        {
            var principal = data.Principal ?? await data.WhoAmIAsync(cancel).ConfigureAwait(false);
            var unit = principal.UnitCode.Length > 0 ? await data.UnitAsync(principal.UnitCode, cancel).ConfigureAwait(false) : null;
            var periods = await data.PeriodsAsync(year - 3, year, cancel).ConfigureAwait(false);
            var reports = unit is null ? [] : await data.ReportListAsync(unit.Code, false, [], cancel).ConfigureAwait(false);
            var awaiting = principal.Role is Role.Reviewer or Role.Admin && unit is not null
                ? (await data.ReportListAsync(unit.Code, true, [ReportStatus.Submitted, ReportStatus.Resubmitted], cancel).ConfigureAwait(false)).Count
                : -1;
            return (unit, periods, reports, awaiting);
        }, result =>
        {
            _loaded = true;
            _unit = result.unit;
            _awaitingReview = result.awaiting;
            var today = DateOnly.FromDateTime(Nav.Time.GetUtcNow().UtcDateTime);
            var byPeriod = result.reports.ToDictionary(r => r.PeriodId, StringComparer.Ordinal);
            _rows.Clear();
            foreach (var period in result.periods.OrderByDescending(p => p.Deadline, StringComparer.Ordinal).ThenBy(p => p.Id, StringComparer.Ordinal))
            {
                var report = byPeriod.GetValueOrDefault(period.Id);
                var open = report is null || report.Status is ReportStatus.Draft or ReportStatus.Returned;
                var overdue = open && DateOnly.TryParse(period.Deadline, CultureInfo.InvariantCulture, out var deadline) && deadline < today;
                _rows.Add(new HomeRow(period, report, overdue));
            }
            _selected = Math.Clamp(_selected, 0, Math.Max(0, _rows.Count - 1));
        }, e =>
        {
            if (e.StatusCode != StatusCode.Unauthenticated)
                return false;
            Nav.Reset(new SignInScreen(Nav.Data.Server, null, T["signin_again"]));
            return true;
        });
    }

    public override void Render(Canvas canvas, int top, int height)
    {
        var width = canvas.Width;
        var principal = Nav.Data.Principal;
        var unitLine = _unit is null ? (principal is null ? T["loading"] : T["home_no_unit"]) : $"{_unit.Name} ({_unit.Code}) · {T.Level(_unit.Level)}";
        canvas.Write(1, top, Canvas.Fit(unitLine, width - 2), CellStyle.Heading);
        var second = principal is null ? "" : T.Format("home_role", T.Role(principal.Role));
        if (_awaitingReview >= 0)
            second += " · " + T.Format("home_awaiting", _awaitingReview);
        canvas.Write(1, top + 1, Canvas.Fit(second, width - 2), CellStyle.Dim);
        var (periodW, deadlineW) = (Math.Min(24, width / 3 - 4), 11);
        var statusW = Math.Min(12, width - periodW - deadlineW - 6);
        var noteX = 1 + periodW + 1 + deadlineW + 1 + statusW + 1;
        var y = top + 3;
        canvas.Field(1, y, periodW, T["col_period"], CellStyle.Heading);
        canvas.Field(2 + periodW, y, deadlineW, T["col_deadline"], CellStyle.Heading);
        canvas.Field(3 + periodW + deadlineW, y, statusW, T["col_status"], CellStyle.Heading);
        canvas.Field(noteX, y, width - noteX - 1, T["col_remark"], CellStyle.Heading);
        var rows = Math.Max(1, height - 5);
        if (_rows.Count > 0 && _rows[_selected].Report is { Status: ReportStatus.Returned or ReportStatus.Resubmitted, ReviewComment.Length: > 0 } commented)
            canvas.Write(1, top + height - 1, Canvas.Fit(T.Format("review_comment", commented.ReviewComment), width - 2), CellStyle.Warning);
        if (!_loaded)
        {
            canvas.Write(1, y + 1, T["loading"], CellStyle.Dim);
            return;
        }
        if (_rows.Count == 0)
            canvas.Write(1, y + 1, T["home_no_periods"], CellStyle.Dim);
        _scroll = Math.Clamp(_scroll, Math.Max(0, _selected - rows + 1), Math.Min(_selected, Math.Max(0, _rows.Count - rows)));
        for (var i = 0; i < rows && _scroll + i < _rows.Count; i++)
        {
            var index = _scroll + i;
            var row = _rows[index];
            var line = y + 1 + i;
            var selected = index == _selected;
            var baseStyle = selected ? CellStyle.Focus : CellStyle.Normal;
            canvas.Fill(0, line, width, baseStyle);
            canvas.Field(1, line, periodW, row.Period.Label, baseStyle);
            canvas.Field(2 + periodW, line, deadlineW, T.Date(row.Period.Deadline), baseStyle);
            var status = row.Report is null ? T["status_not_started"] : T.Status(row.Report.Status);
            canvas.Field(3 + periodW + deadlineW, line, statusW, status, selected ? CellStyle.Focus : StatusStyle(row));
            var remark = row.Overdue ? T["overdue"] : "";
            if (row.Report is { SubmittedLate: true })
                remark = T["submitted_late"];
            if (row.Report is { Status: ReportStatus.Returned or ReportStatus.Resubmitted, ReviewComment.Length: > 0 } returned)
                remark = (remark.Length > 0 ? remark + " · " : "") + T.Format("review_comment", returned.ReviewComment);
            canvas.Field(noteX, line, width - noteX - 1, remark, selected ? CellStyle.Focus : row.Overdue ? CellStyle.Error : CellStyle.Warning);
        }
    }

    private static CellStyle StatusStyle(HomeRow row) => row.Report?.Status switch
    {
        ReportStatus.Approved => CellStyle.Good,
        ReportStatus.Returned => CellStyle.Warning,
        null => row.Overdue ? CellStyle.Error : CellStyle.Dim,
        _ => CellStyle.Normal,
    };

    public override bool Handle(KeyPress key)
    {
        if (ListCursor.Move(key, _selected, _rows.Count) is { } moved)
        {
            _selected = moved;
            return true;
        }
        switch (key.Direction)
        {
            case KeyName.Enter:
                Open();
                return true;
            case KeyName.F3:
                Nav.Push(new UnitBrowserScreen(_unit?.Code));
                return true;
            case KeyName.F4:
                OpenReview();
                return true;
            case KeyName.F5:
                OpenCompare();
                return true;
            case KeyName.F6:
                OpenTrend();
                return true;
        }
        if (key.Is('u'))
            Nav.Push(new UnitBrowserScreen(_unit?.Code));
        else if (key.Is('r'))
            OpenReview();
        else if (key.Is('c'))
            OpenCompare();
        else if (key.Is('t'))
            OpenTrend();
        else if (key.Is('g'))
            Load();
        else
            return false;
        return true;
    }

    private void Open()
    {
        if (_unit is null || _rows.Count == 0)
            return;
        var row = _rows[_selected];
        Nav.Push(new ReportEntryScreen(_unit, row.Period, readOnly: Nav.Data.Principal?.Role != Role.Operator));
    }

    private void OpenReview()
    {
        if (Reviewer && _unit is not null)
            Nav.Push(new ReviewQueueScreen(_unit));
        else
            Nav.Say(T["review_only_reviewers"], error: true);
    }

    private void OpenCompare()
    {
        if (_unit is null)
            return;
        var period = _rows.Count > 0 ? _rows[_selected].Period : null;
        Nav.Push(new CompareScreen(_unit, period));
    }

    private void OpenTrend()
    {
        if (_unit is not null)
            Nav.Push(new TrendScreen(_unit, null));
    }
}
