using Cchc.V1;
using CchcGrpc.Client.Tui.Shell;
using ValueType = Cchc.V1.ValueType;

namespace CchcGrpc.Client.Tui.Screens;

/// <summary>
/// Compare: one indicator for one period across a peer set (siblings, children, or units chosen in
/// the browser) as a ranked table — the unit's own row highlighted, a bar per value, best, worst
/// and median under it, units without a value listed apart. `i` picks the indicator, ←/→ or [ ]
/// the period, `p` the peer set, `o` the order; Enter opens the trend of the selected unit.
/// </summary>
public sealed class CompareScreen(Unit unit, Period? period, IReadOnlyList<string>? chosen = null, bool childrenOf = false) : Screen
{
    public const string DefaultIndicator = "I.2";
    private readonly List<Period> _periods = [];
    private List<Indicator> _indicators = [];
    private Ranking? _ranking;
    private int _periodIndex;
    private int _indicatorIndex;
    private PeerSet _peers = chosen is { Count: > 0 } ? PeerSet.Chosen : childrenOf ? PeerSet.Children : PeerSet.Siblings;
    private bool _ascending;
    private int _selected;
    private int _scroll;
    private bool _loaded;

    public override string Title => T["compare_title"];

    public Ranking? Ranking => _ranking;

    public PeerSet Peers => _peers;

    public Period? Period => _periods.Count > 0 ? _periods[_periodIndex] : period;

    public Indicator? Indicator => _indicators.Count > 0 ? _indicators[_indicatorIndex] : null;

    public override IReadOnlyList<FooterKey> Footer =>
        [new("i", T["key_indicator"]), new("←/→", T["key_period"]), new("p", T["key_peers"]), new("o", T["key_order"]), new("Enter", T["key_trend"])];

    public override IReadOnlyList<string> Help =>
        [T["help_compare_what"], T["help_compare_indicator"], T["help_compare_period"], T["help_compare_peers"], T["help_compare_order"], T["help_compare_rows"], T["help_compare_trend"]];

    public override IReadOnlyList<PaletteCommand> Commands =>
        [new(T["cmd_indicator"], "i", PickIndicator), new(T["cmd_period"], "[ ]", PickPeriod), new(T["cmd_peers"], "p", NextPeers), new(T["cmd_order"], "o", ToggleOrder)];

    public override void OnShown()
    {
        var year = Nav.Time.GetUtcNow().Year;
        Nav.Run(async cancel =>
        {
            var periods = await Nav.Data.PeriodsAsync(year - 5, year, cancel).ConfigureAwait(false);
            var catalog = await Nav.Data.CatalogAsync("", cancel).ConfigureAwait(false);
            return (periods, catalog);
        }, result =>
        {
            _loaded = true;
            _periods.AddRange(result.periods.OrderByDescending(p => p.Deadline, StringComparer.Ordinal));
            _periodIndex = Math.Max(0, _periods.FindIndex(p => p.Id == period?.Id));
            _indicators = result.catalog.Indicators.Where(i => !i.IsGroup && i.ValueType is ValueType.Integer or ValueType.Decimal or ValueType.Percent or ValueType.Money).ToList();
            _indicatorIndex = Math.Max(0, _indicators.FindIndex(i => i.Id == DefaultIndicator));
            Load();
        });
    }

    private void Load()
    {
        if (Period is not { } p || Indicator is not { } indicator)
            return;
        var request = new CompareRequest { PeriodId = p.Id, Ascending = _ascending };
        request.IndicatorIds.Add(indicator.Id);
        switch (_peers)
        {
            case PeerSet.Chosen:
                request.UnitList = new UnitCodes { Codes = { chosen! } };
                break;
            case PeerSet.Children:
                request.DescendantsOf = unit.Code;
                break;
            default:
                if (unit.ParentCode.Length > 0)
                    request.DescendantsOf = unit.ParentCode;
                request.Level = unit.Level;
                break;
        }
        Nav.Run(cancel => Nav.Data.CompareAsync(request, cancel), response =>
        {
            _ranking = response.Rankings.FirstOrDefault();
            _selected = Math.Max(0, _ranking?.Entries.ToList().FindIndex(e => e.UnitCode == unit.Code) ?? 0);
        });
    }

    public override void Render(Canvas canvas, int top, int height)
    {
        var width = canvas.Width;
        var peers = _peers switch
        {
            PeerSet.Children => T.Format("peers_children", unit.Name),
            PeerSet.Chosen => T.Format("peers_chosen", chosen?.Count ?? 0),
            _ => T.Format("peers_siblings", T.Level(unit.Level)),
        };
        canvas.Write(1, top, Canvas.Fit($"{Indicator?.Code} {Indicator?.Name} ({Indicator?.UnitOfMeasure})", width - 2), CellStyle.Heading);
        canvas.Write(1, top + 1, Canvas.Fit($"{Period?.Label} · {peers} · {(_ascending ? T["order_ascending"] : T["order_descending"])}", width - 2), CellStyle.Dim);
        if (!_loaded || _ranking is null)
        {
            canvas.Write(1, top + 3, T["loading"], CellStyle.Dim);
            return;
        }
        var entries = _ranking.Entries;
        var (rankW, codeW, valueW) = (4, 14, 10);
        var nameW = Math.Min(30, Math.Max(8, width / 3));
        var barX = rankW + codeW + nameW + valueW + 5;
        var barW = Math.Max(4, width - barX - 1);
        var y = top + 3;
        canvas.Field(1, y, rankW, "#", CellStyle.Heading);
        canvas.Field(2 + rankW, y, codeW, T["col_unit_code"], CellStyle.Heading);
        canvas.Field(3 + rankW + codeW, y, nameW, T["col_unit"], CellStyle.Heading);
        canvas.Field(4 + rankW + codeW + nameW, y, valueW, T["col_value"], CellStyle.Heading, right: true);
        var numbers = entries.Select(e => Statistics.Number(e.Number) ?? 0).ToList();
        var max = numbers.Count > 0 ? Math.Max(numbers.Max(), 0) : 0;
        var rows = Math.Max(1, height - 7);
        if (entries.Count == 0)
            canvas.Write(1, y + 1, T["compare_empty"], CellStyle.Dim);
        _scroll = Math.Clamp(_scroll, Math.Max(0, _selected - rows + 1), Math.Min(_selected, Math.Max(0, entries.Count - rows)));
        var percent = Indicator?.ValueType == ValueType.Percent;
        for (var i = 0; i < rows && _scroll + i < entries.Count; i++)
        {
            var index = _scroll + i;
            var e = entries[index];
            var line = y + 1 + i;
            var own = e.UnitCode == unit.Code;
            var style = index == _selected ? CellStyle.Focus : own ? CellStyle.Own : CellStyle.Normal;
            canvas.Fill(0, line, width, style);
            canvas.Field(1, line, rankW, e.Rank + (e.Tied ? "=" : ""), style);
            canvas.Field(2 + rankW, line, codeW, e.UnitCode, style);
            canvas.Field(3 + rankW + codeW, line, nameW, (own ? "▶ " : "") + e.UnitName, style);
            canvas.Field(4 + rankW + codeW + nameW, line, valueW, Export.VietnameseNumber.Format(e.Number, percent), style, right: true);
            var length = max <= 0 ? 0 : (int)Math.Round(numbers[index] / max * barW);
            canvas.Write(barX, line, new string('█', Math.Clamp(length, 0, barW)), own ? CellStyle.Own : style == CellStyle.Focus ? CellStyle.Focus : CellStyle.Good);
        }
        var median = Statistics.Median(entries.Select(e => Statistics.Number(e.Number)).Where(n => n.HasValue).Select(n => n!.Value).ToList());
        var summary = T.Format("compare_summary",
            Export.VietnameseNumber.Format(_ranking.Best, percent), Export.VietnameseNumber.Format(_ranking.Worst, percent),
            median is null ? "" : Export.VietnameseNumber.Format(Statistics.Invariant(median.Value), percent), entries.Count);
        canvas.Write(1, top + height - 3, Canvas.Fit(summary, width - 2), CellStyle.Heading);
        if (_ranking.MissingUnitCodes.Count > 0)
            canvas.Write(1, top + height - 2, Canvas.Fit(T.Format("compare_missing", string.Join(", ", _ranking.MissingUnitCodes)), width - 2), CellStyle.Dim);
    }

    public override bool Handle(KeyPress key)
    {
        var count = _ranking?.Entries.Count ?? 0;
        switch (key.Name)
        {
            case KeyName.Left or KeyName.Right:
                ShiftPeriod(key.Name == KeyName.Left ? 1 : -1);
                return true;
            case KeyName.Enter when count > 0:
                var entry = _ranking!.Entries[_selected];
                Nav.Run(cancel => Nav.Data.UnitAsync(entry.UnitCode, cancel), u => Nav.Push(new TrendScreen(u, Indicator?.Id)));
                return true;
        }
        if (ListCursor.Move(key, _selected, count) is { } moved)
        {
            _selected = moved;
            return true;
        }
        switch (key.Direction)
        {
            case KeyName.Left or KeyName.Right:
                ShiftPeriod(key.Direction == KeyName.Left ? 1 : -1);
                return true;
        }
        if (key.Is('i'))
            PickIndicator();
        else if (key.Is('[') || key.Is(']'))
            ShiftPeriod(key.Is('[') ? 1 : -1);
        else if (key.Is('P'))
            PickPeriod();
        else if (key.Is('p'))
            NextPeers();
        else if (key.Is('o'))
            ToggleOrder();
        else
            return false;
        return true;
    }

    /// <summary>Moves to the previous (+1) or next (−1) period of the same kind: year to year, quarter to quarter.</summary>
    private void ShiftPeriod(int step)
    {
        if (_periods.Count == 0)
            return;
        var kind = _periods[_periodIndex].Kind;
        for (var i = _periodIndex + step; i >= 0 && i < _periods.Count; i += step)
        {
            if (_periods[i].Kind != kind)
                continue;
            _periodIndex = i;
            Load();
            return;
        }
    }

    private void PickPeriod() => Nav.Pick(T["cmd_period"], _periods.Select(p => $"{p.Id} · {p.Label}").ToList(), _periodIndex, i =>
    {
        _periodIndex = i;
        Load();
    });

    private void PickIndicator() => Nav.Pick(T["cmd_indicator"], _indicators.Select(i => $"{i.Id} · {i.Name} ({i.UnitOfMeasure})").ToList(), _indicatorIndex, i =>
    {
        _indicatorIndex = i;
        Load();
    });

    private void NextPeers()
    {
        _peers = _peers switch
        {
            PeerSet.Siblings => PeerSet.Children,
            PeerSet.Children when chosen is { Count: > 0 } => PeerSet.Chosen,
            _ => PeerSet.Siblings,
        };
        Load();
    }

    private void ToggleOrder()
    {
        _ascending = !_ascending;
        Load();
    }
}
