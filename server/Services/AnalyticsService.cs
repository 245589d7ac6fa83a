using Cchc.V1;
using CchcGrpc.Server.Auth;
using CchcGrpc.Server.Domain.Access;
using CchcGrpc.Server.Domain.Analytics;
using CchcGrpc.Server.Domain.Catalog;
using CchcGrpc.Server.Domain.Periods;
using CchcGrpc.Server.Domain.Reports;
using CchcGrpc.Server.Domain.Units;
using CchcGrpc.Server.Reporting;
using CchcGrpc.Server.Store;
using CchcGrpc.Server.Wire;
using Grpc.Core;
using DomainLevel = CchcGrpc.Server.Domain.Units.UnitLevel;
using Indicator = CchcGrpc.Server.Domain.Catalog.Indicator;
using ValueState = CchcGrpc.Server.Domain.Reports.ValueState;
using DomainStatus = CchcGrpc.Server.Domain.Reports.ReportStatus;

namespace CchcGrpc.Server.Services;

/// <summary>cchc.v1.Analytics: roll-up, ranking, trends and completeness over counted (non-draft) reports.</summary>
public sealed class AnalyticsService(IAnalyticsStore analytics, IUnitStore units, CatalogSet catalogs, ReportingCalendar calendar) : Analytics.AnalyticsBase
{
    private const int MaxListedUnits = 1000;

    public override async Task<RollUpResponse> RollUp(RollUpRequest request, ServerCallContext context)
    {
        var period = PeriodMapping.Parse(request.PeriodId, "period_id");
        var root = await DemandScopeAsync(request.UnitCode, "unit_code", context);
        var catalog = catalogs.Current;
        var indicators = Indicators(catalog, request.IndicatorIds).Where(i => i.Aggregation != AggregationRule.None).ToList();
        var statuses = Statuses(request.CountedStatuses, ReportWorkflow.CountedByDefault);
        var levels = request.Levels.Select(l => ProtoMapping.ToDomain(l, "levels") ?? throw Errors.Invalid("levels", new("UNSPECIFIED không phải một cấp đơn vị.", "UNSPECIFIED is not a level."))).ToList();
        // By default a parent is made of its direct children, so no dossier is counted twice.
        var selection = new UnitSelection(root?.Unit.Code, levels, ChildrenOnly: levels.Count == 0);
        var totals = (await analytics.SumAsync(selection, period.Id, statuses, null, context.CancellationToken)).ToDictionary(t => t.IndicatorId, StringComparer.Ordinal);
        var combined = Aggregation.Combine(indicators, totals.ToDictionary(t => t.Key, t => t.Value.Total, StringComparer.Ordinal));
        var choices = indicators.Where(i => i.Aggregation == AggregationRule.Distribution).Select(i => i.Id).ToList();
        var counts = choices.Count == 0 ? [] : await analytics.CountChoicesAsync(selection, period.Id, statuses, choices, context.CancellationToken);

        var response = new RollUpResponse { UnitCode = request.UnitCode, PeriodId = period.Id };
        foreach (var indicator in indicators)
        {
            var value = new RolledUpValue { IndicatorId = indicator.Id, Aggregation = CatalogMapping.Aggregation(indicator.Aggregation) };
            if (combined.TryGetValue(indicator.Id, out var number))
            {
                value.Number = ProtoMapping.Number(number);
            }
            value.Contributors = totals.TryGetValue(indicator.Id, out var total) ? total.Contributors : 0;
            foreach (var count in counts.Where(c => c.IndicatorId == indicator.Id))
            {
                value.Distribution[count.Option] = count.Units;
                value.Contributors += count.Units;
            }
            response.Values.Add(value);
        }
        response.Completeness = await CompletenessAsync(selection, period, context.CancellationToken);
        return response;
    }

    public override async Task<CompareResponse> Compare(CompareRequest request, ServerCallContext context)
    {
        var period = PeriodMapping.Parse(request.PeriodId, "period_id");
        var level = ProtoMapping.ToDomain(request.Level, "level");
        if (request.IndicatorIds.Count == 0)
        {
            throw Errors.Invalid("indicator_ids", new("Hãy nêu ít nhất một chỉ tiêu để xếp hạng.", "Name at least one indicator to rank on."));
        }
        var catalog = catalogs.Current;
        var indicators = Indicators(catalog, request.IndicatorIds);
        var selection = request.UnitsCase switch
        {
            CompareRequest.UnitsOneofCase.UnitList => await ListedAsync(request.UnitList.Codes, context),
            CompareRequest.UnitsOneofCase.DescendantsOf => await BelowAsync(request.DescendantsOf, level, context),
            _ => level is { } l
                ? new UnitSelection((await DemandScopeAsync("", "descendants_of", context))?.Unit.Code, [l])
                : throw Errors.Invalid("level", new("Khi không có descendants_of hay unit_list, hãy nêu cấp của các đơn vị cần xếp hạng.", "Without descendants_of or unit_list, name the level of units to rank.")),
        };
        var statuses = Statuses(request.CountedStatuses, [DomainStatus.Submitted, DomainStatus.Resubmitted, DomainStatus.Approved]);
        var numbers = await analytics.GetUnitNumbersAsync(selection, period.Id, statuses, [.. indicators.Select(i => i.Id)], context.CancellationToken);
        var order = request.Ascending ? RankOrder.Ascending : RankOrder.Descending;
        var response = new CompareResponse { PeriodId = period.Id };
        foreach (var indicator in indicators)
        {
            var rows = numbers.Where(n => n.IndicatorId == indicator.Id).ToList();
            var names = rows.ToDictionary(r => r.UnitCode, r => r.UnitName, StringComparer.Ordinal);
            var ranking = UnitRanking.Rank(rows.Select(r => new UnitValue(r.UnitCode, r.State == ValueState.Reported ? r.Number : null)), order);
            var proto = new Ranking { IndicatorId = indicator.Id, Best = ProtoMapping.Number(ranking.Best), Worst = ProtoMapping.Number(ranking.Worst) };
            proto.Entries.AddRange(ranking.Entries.Select(e => new Ranking.Types.Entry
            {
                UnitCode = e.UnitCode,
                UnitName = names[e.UnitCode],
                Number = ProtoMapping.Number(e.Value),
                Rank = e.Rank,
                Tied = e.Tied,
            }));
            proto.MissingUnitCodes.AddRange(ranking.MissingUnitCodes);
            response.Rankings.Add(proto);
        }
        return response;
    }

    public override async Task<TrendResponse> Trend(TrendRequest request, ServerCallContext context)
    {
        var unit = await DemandScopeAsync(request.UnitCode, "unit_code", context) ?? throw Errors.Invalid("unit_code", new("Cần một đơn vị.", "A unit is required."));
        var catalog = catalogs.Current;
        var indicators = Indicators(catalog, request.IndicatorIds);
        if (indicators.Count == 0)
        {
            throw Errors.Invalid("indicator_ids", new("Hãy nêu ít nhất một chỉ tiêu.", "Name at least one indicator."));
        }
        var periods = request.PeriodIds.Count > 0
            ? request.PeriodIds.Select((p, i) => PeriodMapping.Parse(p, $"period_ids[{i}]")).ToList()
            : YearRange(request.FromYear, request.ToYear);
        // A period named twice would be two points of one series (found by the hostile-request suite: it was INTERNAL).
        var ids = periods.Select(p => p.Id).ToList();
        if (Enumerable.Range(0, ids.Count).FirstOrDefault(i => ids.IndexOf(ids[i]) != i, -1) is var second and >= 0)
        {
            throw Errors.Invalid($"period_ids[{second}]", new($"Kỳ {ids[second]} được nêu hai lần.", $"Period {ids[second]} is given twice."));
        }
        var all = await units.GetDescendantsAsync(null, null, context.CancellationToken);
        var graph = new LineageGraph(all.Select(u => u.Unit), await units.GetLineageAsync(context.CancellationToken));
        var sources = request.FollowLineage
            ? periods.SelectMany(p => graph.ReportingUnitsFor(unit.Unit.Code, calendar.Schedule(p).DataTo)).Append(unit.Unit.Code).Distinct().ToList()
            : [unit.Unit.Code];
        var parts = indicators.SelectMany(i => i.FormulaExpression?.IndicatorIds() ?? []).Concat(indicators.Select(i => i.Id)).Distinct().ToList();
        var series = await analytics.GetSeriesAsync(sources, parts, [.. periods.Select(p => p.Id)], ReportWorkflow.CountedByDefault, context.CancellationToken);
        var byReport = series.Where(s => s.State == ValueState.Reported && s.Number is not null)
            .GroupBy(s => (s.UnitCode, s.PeriodId))
            .ToDictionary(g => g.Key, g => new UnitValues(g.Key.UnitCode, g.ToDictionary(s => s.IndicatorId, s => s.Number!.Value, StringComparer.Ordinal)));

        var response = new TrendResponse { UnitCode = unit.Unit.Code };
        foreach (var indicator in indicators)
        {
            Func<IReadOnlyList<UnitValues>, decimal?> combine = reports =>
            {
                var totals = parts.ToDictionary(id => id, id => reports.Select(r => r.ValueOf(id)).Where(v => v is not null).Sum(v => v!.Value), StringComparer.Ordinal);
                var present = parts.Where(id => reports.Any(r => r.ValueOf(id) is not null)).ToHashSet(StringComparer.Ordinal);
                var combined = Aggregation.Combine([indicator], totals.Where(t => present.Contains(t.Key)).ToDictionary(t => t.Key, t => t.Value, StringComparer.Ordinal));
                return combined.TryGetValue(indicator.Id, out var v) ? v
                    : reports.Count == 1 ? reports[0].ValueOf(indicator.Id) : null;
            };
            var trend = request.FollowLineage
                ? Domain.Analytics.Trend.FollowingLineage(unit.Unit.Code, periods, graph, calendar, (code, p) => byReport.GetValueOrDefault((code, p.Id)), combine)
                : Domain.Analytics.Trend.Of(unit.Unit.Code, periods.Select(p => new PeriodValue(p, byReport.TryGetValue((unit.Unit.Code, p.Id), out var r) ? combine([r]) : null)));
            var proto = new TrendSeries { IndicatorId = indicator.Id };
            proto.Points.AddRange(trend.Entries.Select(e =>
            {
                var point = new TrendPoint { PeriodId = e.Period.Id, Number = ProtoMapping.Number(e.Value), Delta = ProtoMapping.Number(e.Delta) };
                point.SourceUnitCodes.AddRange(e.SourceUnitCodes);
                return point;
            }));
            response.Series.Add(proto);
        }
        return response;
    }

    public override async Task<Completeness> GetCompleteness(CompletenessRequest request, ServerCallContext context)
    {
        var period = PeriodMapping.Parse(request.PeriodId, "period_id");
        var root = await DemandScopeAsync(request.UnitCode, "unit_code", context);
        return await CompletenessAsync(new UnitSelection(root?.Unit.Code, []), period, context.CancellationToken);
    }

    private async Task<Completeness> CompletenessAsync(UnitSelection selection, PeriodId period, CancellationToken cancellationToken)
    {
        var schedule = calendar.Schedule(period);
        var submissions = await analytics.GetSubmissionsAsync(selection, period.Id, cancellationToken);
        var expected = submissions.Where(s => s.ValidFrom <= schedule.DataTo && (s.ValidTo is null || s.ValidTo >= schedule.DataTo)).Select(s => s.UnitCode);
        var assessed = SubmissionCompleteness.Assess(period, expected,
            submissions.Where(s => s.Status is not null and not DomainStatus.Draft).Select(s => new ReportSubmission(s.UnitCode, s.SubmittedAt)), calendar);
        var proto = new Completeness { Expected = assessed.Expected.Count, Reported = assessed.Reported.Count, OnTime = assessed.OnTime.Count };
        proto.MissingUnitCodes.AddRange(assessed.Missing);
        proto.LateUnitCodes.AddRange(assessed.Late);
        return proto;
    }

    /// <summary>The unit whose data an analytic covers (null = the country), after checking the caller may read it.</summary>
    private async Task<StoredUnit?> DemandScopeAsync(string code, string field, ServerCallContext context)
    {
        var who = Caller.Of(context);
        StoredUnit? unit = null;
        if (code.Length > 0)
        {
            unit = await units.GetAsync(code, context.CancellationToken)
                ?? throw Errors.Invalid(field, new($"Đơn vị '{code}' không tồn tại.", $"Unit '{code}' does not exist."));
        }
        Authenticator.Demand(who, Operation.ReadAnalytics, unit?.Path,
            unit is null ? new("xem số liệu tổng hợp của cả nước", "read analytics of the whole country") : new($"xem số liệu tổng hợp của {code}", $"read analytics of {code}"), unit?.Unit.Code);
        return unit;
    }

    private async Task<UnitSelection> BelowAsync(string code, DomainLevel? level, ServerCallContext context)
    {
        var root = await DemandScopeAsync(code, "descendants_of", context);
        if (level is { } l)
        {
            return new UnitSelection(root!.Unit.Code, [l]);
        }
        var children = await units.ListAsync(new UnitQuery(null, code, true, DateOnly.MinValue, null, PageToken.MaxSize * 10), context.CancellationToken);
        return new UnitSelection(null, [], [.. children.Units.Select(u => u.Unit.Code)]);
    }

    private async Task<UnitSelection> ListedAsync(IReadOnlyCollection<string> codes, ServerCallContext context)
    {
        if (codes.Count is 0 or > MaxListedUnits)
        {
            throw Errors.Invalid("unit_list.codes", new($"Hãy liệt kê từ 1 đến {MaxListedUnits} đơn vị.", $"List between 1 and {MaxListedUnits} units."));
        }
        foreach (var code in codes)
        {
            await DemandScopeAsync(code, "unit_list.codes", context);
        }
        return new UnitSelection(null, [], codes);
    }

    private static List<Indicator> Indicators(IndicatorCatalog catalog, IReadOnlyList<string> ids)
    {
        if (ids.Count == 0)
        {
            return [.. catalog.Indicators];
        }
        var unknown = ids.Select((id, i) => (id, i)).Where(x => !catalog.TryGet(x.id, out _)).ToList();
        if (unknown.Count > 0)
        {
            throw Errors.Invalid(new("Có chỉ tiêu không có trong danh mục.", "Unknown indicators."),
                [.. unknown.Select(u => new FieldProblem($"indicator_ids[{u.i}]", new($"'{u.id}' không có trong danh mục {catalog.Version}.", $"'{u.id}' is not in catalog {catalog.Version}.")))]);
        }
        return [.. ids.Distinct().Select(id => catalog[id])];
    }

    private static List<DomainStatus> Statuses(IReadOnlyCollection<Cchc.V1.ReportStatus> requested, IReadOnlyList<DomainStatus> defaults) =>
        requested.Count == 0
            ? [.. defaults]
            : [.. requested.Select(s => Enum.IsDefined((DomainStatus)(int)s) ? (DomainStatus)(int)s : throw Errors.Invalid("counted_statuses", new($"Trạng thái không xác định: {(int)s}.", $"Unknown status {(int)s}.")))];

    private static List<PeriodId> YearRange(int from, int to)
    {
        if (from < PeriodId.MinYear || to > PeriodId.MaxYear || to < from || to - from > 50)
        {
            throw Errors.Invalid(new("Hãy nêu period_ids hoặc một khoảng năm (tối đa 50 năm).", "Give period_ids or a year range (at most 50 years)."),
                new FieldProblem("from_year", new($"{from}", $"{from}")), new FieldProblem("to_year", new($"{to}", $"{to}")));
        }
        return [.. Enumerable.Range(from, to - from + 1).Select(PeriodId.ForYear)];
    }
}
