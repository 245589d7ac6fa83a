namespace CchcGrpc.Server.Domain.Units;

/// <summary>
/// The history of units as a graph of <see cref="LineageEvent"/>s (from → to), e.g. Tỉnh Đắk Nông,
/// Tỉnh Bình Thuận and the old Tỉnh Lâm Đồng → Tỉnh Lâm Đồng on 2025-07-01. Answers which units a
/// unit came from or went into, and whose reports stand for a unit at a date before it existed.
/// </summary>
public sealed class LineageGraph
{
    private readonly Dictionary<string, OrgUnit> units;
    private readonly ILookup<string, LineageEvent> eventsTo;
    private readonly ILookup<string, LineageEvent> eventsFrom;

    /// <exception cref="ArgumentException">An event names an unknown unit or links a unit to itself.</exception>
    public LineageGraph(IEnumerable<OrgUnit> units, IEnumerable<LineageEvent> events)
    {
        this.units = new(StringComparer.Ordinal);
        foreach (var unit in units)
        {
            if (!this.units.TryAdd(unit.Code, unit))
            {
                throw new ArgumentException($"Unit code '{unit.Code}' is used twice.");
            }
        }

        Events = [.. events.OrderBy(e => e.EffectiveDate).ThenBy(e => e.FromCode, StringComparer.Ordinal).ThenBy(e => e.ToCode, StringComparer.Ordinal)];
        foreach (var e in Events)
        {
            var unknown = new[] { e.FromCode, e.ToCode }.Where(c => !this.units.ContainsKey(c)).ToList();
            if (unknown.Count > 0)
            {
                throw new ArgumentException($"Lineage event {e.Kind} {e.FromCode} → {e.ToCode} names unknown unit(s): {string.Join(", ", unknown)}.");
            }

            if (e.FromCode == e.ToCode)
            {
                throw new ArgumentException($"Lineage event {e.Kind} links unit '{e.FromCode}' to itself.");
            }
        }

        eventsTo = Events.ToLookup(e => e.ToCode, StringComparer.Ordinal);
        eventsFrom = Events.ToLookup(e => e.FromCode, StringComparer.Ordinal);
    }

    /// <summary>All events, by effective date.</summary>
    public IReadOnlyList<LineageEvent> Events { get; }

    /// <summary>Units this one came from, transitively, nearest first (merged into it, renamed to it, or it split from them).</summary>
    public IReadOnlyList<string> Predecessors(string code) => Walk(code, c => eventsTo[c].Select(e => e.FromCode));

    /// <summary>Units this one went into, transitively, nearest first.</summary>
    public IReadOnlyList<string> Successors(string code) => Walk(code, c => eventsFrom[c].Select(e => e.ToCode));

    /// <summary>Every event that touches the unit or any of its predecessors or successors, by date.</summary>
    public IReadOnlyList<LineageEvent> EventsAround(string code)
    {
        var related = new HashSet<string>([code, .. Predecessors(code), .. Successors(code)], StringComparer.Ordinal);
        return [.. Events.Where(e => related.Contains(e.FromCode) && related.Contains(e.ToCode))];
    }

    /// <summary>
    /// The units whose reports make up <paramref name="code"/> as of a day (for a period, the last
    /// day of its data window): the unit itself if it existed then, plus — recursively — every unit
    /// that was later merged into it or renamed to it and existed then. So Tỉnh Lâm Đồng (68) as of
    /// 2024-12-14 is the old Lâm Đồng, Đắk Nông and Bình Thuận. A unit split from another is not
    /// followed back: only part of the other's figures belong to it and reports cannot be apportioned.
    /// Empty when the unit had ceased by then, or nothing stood for it.
    /// </summary>
    public IReadOnlyList<string> ReportingUnitsFor(string code, DateOnly asOf)
    {
        _ = Unit(code);
        var found = new List<string>();
        var visited = new HashSet<string>(StringComparer.Ordinal);
        Collect(code);
        return found;

        void Collect(string current)
        {
            if (!visited.Add(current))
            {
                return;
            }

            var unit = Unit(current);
            if (unit.ValidTo is { } end && end < asOf)
            {
                return;
            }

            if (unit.ExistsOn(asOf))
            {
                found.Add(current);
            }

            foreach (var e in eventsTo[current].Where(e => e.EffectiveDate > asOf && e.Kind != LineageKind.SplitFrom))
            {
                Collect(e.FromCode);
            }
        }
    }

    private OrgUnit Unit(string code) =>
        units.TryGetValue(code, out var unit) ? unit : throw new KeyNotFoundException($"No unit has code '{code}'.");

    private List<string> Walk(string code, Func<string, IEnumerable<string>> next)
    {
        _ = Unit(code);
        var seen = new HashSet<string>([code], StringComparer.Ordinal);
        var order = new List<string>();
        var queue = new Queue<string>([code]);
        while (queue.TryDequeue(out var current))
        {
            foreach (var neighbour in next(current).Where(seen.Add))
            {
                order.Add(neighbour);
                queue.Enqueue(neighbour);
            }
        }

        return order;
    }
}
