namespace CchcGrpc.Server.Domain.Analytics;

/// <summary>
/// Units ranked on one indicator for one period, as an operator compares a unit with its peers.
/// Equal values share a rank and the next rank skips (1, 2, 2, 4: competition ranking). Units without a
/// value are listed apart, never ranked as 0.
/// </summary>
/// <param name="Entries">By rank, then unit code.</param>
/// <param name="MissingUnitCodes">Units with no value, by code.</param>
/// <param name="Best">The value ranked first; null when no unit has a value.</param>
/// <param name="Worst">The value ranked last.</param>
public sealed record UnitRanking(
    RankOrder Order,
    IReadOnlyList<RankedUnit> Entries,
    IReadOnlyList<string> MissingUnitCodes,
    decimal? Best,
    decimal? Worst)
{
    /// <exception cref="ArgumentException">A unit appears twice.</exception>
    public static UnitRanking Rank(IEnumerable<UnitValue> values, RankOrder order = RankOrder.Descending)
    {
        var all = values.ToList();
        var duplicate = all.GroupBy(v => v.UnitCode, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"Unit '{duplicate.Key}' has more than one value to rank.", nameof(values));
        }

        var valued = all.Where(v => v.Value is not null).Select(v => (v.UnitCode, Value: v.Value!.Value));
        var sorted = (order == RankOrder.Descending
                ? valued.OrderByDescending(v => v.Value)
                : valued.OrderBy(v => v.Value))
            .ThenBy(v => v.UnitCode, StringComparer.Ordinal)
            .ToList();

        var entries = new List<RankedUnit>(sorted.Count);
        for (var i = 0; i < sorted.Count; i++)
        {
            // decimal equality ignores scale, so 99.7 and 99.70 tie.
            var rank = i > 0 && sorted[i].Value == sorted[i - 1].Value ? entries[i - 1].Rank : i + 1;
            var tied = (i > 0 && sorted[i].Value == sorted[i - 1].Value) || (i + 1 < sorted.Count && sorted[i].Value == sorted[i + 1].Value);
            entries.Add(new(sorted[i].UnitCode, sorted[i].Value, rank, tied));
        }

        var missing = all.Where(v => v.Value is null).Select(v => v.UnitCode).Order(StringComparer.Ordinal).ToList();
        return new(order, entries, missing, entries.FirstOrDefault()?.Value, entries.LastOrDefault()?.Value);
    }
}
