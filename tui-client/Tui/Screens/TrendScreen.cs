using Cchc.V1;
using CchcGrpc.Client.Tui.Shell;
using ValueType = Cchc.V1.ValueType;

namespace CchcGrpc.Client.Tui.Screens;

/// <summary>
/// Trend: one unit's indicator over the years, with the change from the previous value and a
/// sparkline; across a merger the earlier years come from the predecessors (their codes are shown).
/// `i` picks the indicator.
/// </summary>
public sealed class TrendScreen(Unit unit, string? indicatorId) : Screen
{
    private List<Indicator> _indicators = [];
    private int _indicatorIndex;
    private TrendSeries? _series;
    private bool _loaded;

    public override string Title => T.Format("trend_title", unit.Code);

    public TrendSeries? Series => _series;

    public Indicator? Indicator => _indicators.Count > 0 ? _indicators[_indicatorIndex] : null;

    public override IReadOnlyList<FooterKey> Footer => [new("i", T["key_indicator"])];

    public override IReadOnlyList<string> Help => [T["help_trend_what"], T["help_compare_indicator"], T["help_trend_lineage"]];

    public override IReadOnlyList<PaletteCommand> Commands => [new(T["cmd_indicator"], "i", PickIndicator)];

    public override void OnShown() => Nav.Run(cancel => Nav.Data.CatalogAsync("", cancel), catalog =>
    {
        _indicators = catalog.Indicators.Where(i => !i.IsGroup && i.ValueType is ValueType.Integer or ValueType.Decimal or ValueType.Percent or ValueType.Money).ToList();
        _indicatorIndex = Math.Max(0, _indicators.FindIndex(i => i.Id == (indicatorId ?? CompareScreen.DefaultIndicator)));
        Load();
    });

    private void Load()
    {
        if (Indicator is not { } indicator)
            return;
        var year = Nav.Time.GetUtcNow().Year;
        var request = new TrendRequest { UnitCode = unit.Code, FromYear = year - 6, ToYear = year, FollowLineage = true };
        request.IndicatorIds.Add(indicator.Id);
        Nav.Run(cancel => Nav.Data.TrendAsync(request, cancel), response =>
        {
            _loaded = true;
            _series = response.Series.FirstOrDefault();
        });
    }

    public override void Render(Canvas canvas, int top, int height)
    {
        var width = canvas.Width;
        canvas.Write(1, top, Canvas.Fit($"{unit.Name} ({unit.Code})", width - 2), CellStyle.Heading);
        canvas.Write(1, top + 1, Canvas.Fit($"{Indicator?.Code} {Indicator?.Name} ({Indicator?.UnitOfMeasure})", width - 2), CellStyle.Dim);
        if (!_loaded || _series is null)
        {
            canvas.Write(1, top + 3, T["loading"], CellStyle.Dim);
            return;
        }
        var percent = Indicator?.ValueType == ValueType.Percent;
        var points = _series.Points;
        var spark = Statistics.Sparkline(points.Select(p => Statistics.Number(p.Number)).ToList());
        canvas.Write(1, top + 3, T["sparkline"] + " " + spark, CellStyle.Good);
        var y = top + 5;
        canvas.Field(1, y, 10, T["col_period"], CellStyle.Heading);
        canvas.Field(12, y, 12, T["col_value"], CellStyle.Heading, right: true);
        canvas.Field(25, y, 12, T["col_delta"], CellStyle.Heading, right: true);
        canvas.Field(38, y, Math.Max(4, width - 39), T["col_sources"], CellStyle.Heading);
        if (points.Count == 0)
            canvas.Write(1, y + 1, T["trend_empty"], CellStyle.Dim);
        for (var i = 0; i < points.Count && i < height - 7; i++)
        {
            var p = points[i];
            var line = y + 1 + i;
            var merged = p.SourceUnitCodes.Count > 1 || (p.SourceUnitCodes.Count == 1 && p.SourceUnitCodes[0] != unit.Code);
            canvas.Field(1, line, 10, p.PeriodId);
            canvas.Field(12, line, 12, p.Number.Length == 0 ? "—" : Export.VietnameseNumber.Format(p.Number, percent), CellStyle.Normal, right: true);
            var delta = p.Delta.Length == 0 ? "" : (p.Delta.StartsWith('-') ? "" : "+") + Export.VietnameseNumber.Format(p.Delta, percent);
            canvas.Field(25, line, 12, delta, p.Delta.StartsWith('-') ? CellStyle.Error : CellStyle.Good, right: true);
            canvas.Field(38, line, Math.Max(4, width - 39), merged ? T.Format("from_units", string.Join(", ", p.SourceUnitCodes)) : "", CellStyle.Dim);
        }
    }

    public override bool Handle(KeyPress key)
    {
        if (!key.Is('i'))
            return false;
        PickIndicator();
        return true;
    }

    private void PickIndicator() => Nav.Pick(T["cmd_indicator"], _indicators.Select(i => $"{i.Id} · {i.Name} ({i.UnitOfMeasure})").ToList(), _indicatorIndex, i =>
    {
        _indicatorIndex = i;
        Load();
    });
}
