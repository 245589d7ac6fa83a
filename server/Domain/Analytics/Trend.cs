using CchcGrpc.Server.Domain.Periods;
using CchcGrpc.Server.Domain.Units;

namespace CchcGrpc.Server.Domain.Analytics;

/// <summary>One unit's values of one indicator over periods, in the order they come due, with deltas.</summary>
public sealed record Trend(string UnitCode, IReadOnlyList<TrendEntry> Entries)
{
    /// <summary>A unit's own series. Periods are put in order; gaps (null values) are kept as points.</summary>
    /// <exception cref="ArgumentException">A period appears twice.</exception>
    public static Trend Of(string unitCode, IEnumerable<PeriodValue> values) =>
        new(unitCode, WithDeltas(values.Select(v => (v.Period, v.Value, (IReadOnlyList<string>)[unitCode]))));

    /// <summary>
    /// A unit's series that follows its lineage: for a period before the unit existed (or before
    /// units merged into it), the point is combined from the reports of the units that stood for it
    /// then, as of the last day of the period's data window. Tỉnh Lâm Đồng's 2024 point is combined
    /// from the old Lâm Đồng, Đắk Nông and Bình Thuận; its 2026 point is its own report.
    /// </summary>
    /// <param name="reportOf">A unit's values for a period; null when it has no report.</param>
    /// <param name="combine">
    /// Forms a point from every source unit's values (a unit without a report comes as empty values);
    /// see <see cref="LineageCombiners"/>: sums for counts, recomputation from summed parts for
    /// percentages. Null means the point has no value.
    /// </param>
    public static Trend FollowingLineage(
        string unitCode,
        IEnumerable<PeriodId> periods,
        LineageGraph lineage,
        ReportingCalendar calendar,
        Func<string, PeriodId, UnitValues?> reportOf,
        Func<IReadOnlyList<UnitValues>, decimal?> combine)
    {
        var points = periods.Select(period =>
        {
            var sources = lineage.ReportingUnitsFor(unitCode, calendar.Schedule(period).DataTo);
            var reports = sources.Select(code => reportOf(code, period) ?? UnitValues.NoReport(code)).ToList();
            return (period, sources.Count == 0 ? null : combine(reports), sources);
        });
        return new(unitCode, WithDeltas(points));
    }

    private static List<TrendEntry> WithDeltas(IEnumerable<(PeriodId Period, decimal? Value, IReadOnlyList<string> Sources)> points)
    {
        var ordered = points.OrderBy(p => p.Period).ToList();
        var repeated = ordered.GroupBy(p => p.Period).FirstOrDefault(g => g.Count() > 1);
        if (repeated is not null)
        {
            throw new ArgumentException($"Period {repeated.Key} appears twice in the series.");
        }

        var entries = new List<TrendEntry>(ordered.Count);
        (PeriodId Period, decimal Value)? previous = null;
        foreach (var (period, value, sources) in ordered)
        {
            var delta = value is not null && previous is not null ? value - previous.Value.Value : null;
            entries.Add(new(period, value, delta, delta is null ? null : previous!.Value.Period, sources));
            if (value is not null)
            {
                previous = (period, value.Value);
            }
        }

        return entries;
    }
}
