namespace CchcGrpc.Server.Domain.Analytics;

/// <summary>
/// Ready-made ways to form one value from the reports of several units that stand for one unit
/// (before a merger), by the indicator's aggregation: counts add up, percentages are recomputed
/// from the summed parts and never averaged, and what cannot be combined (choices, scores) is
/// only taken from a single source.
/// </summary>
public static class LineageCombiners
{
    /// <summary>
    /// The sum over all sources; null unless every source has a value, because a sum missing a
    /// merged province would show as a fall in the trend that never happened.
    /// </summary>
    public static Func<IReadOnlyList<UnitValues>, decimal?> Sum(string indicatorId) =>
        sources => AllOf(sources, indicatorId) is { } values ? values.Sum() : null;

    /// <summary>
    /// A derived percentage (<c>part / whole × 100</c>). From a single source, the unit's own
    /// reported percentage is taken when it has one; otherwise the percentage is recomputed from the
    /// parts summed over all sources, rounded half away from zero as the forms print it. Null when a
    /// source lacks a part or the whole sums to 0.
    /// </summary>
    public static Func<IReadOnlyList<UnitValues>, decimal?> Percent(string indicatorId, string partId, string wholeId, int decimals = 2) =>
        sources =>
        {
            if (sources.Count == 1 && sources[0].ValueOf(indicatorId) is { } reported)
            {
                return reported;
            }

            var parts = AllOf(sources, partId);
            var wholes = AllOf(sources, wholeId);
            return parts is null || wholes is null || wholes.Sum() == 0
                ? null
                : Math.Round(parts.Sum() / wholes.Sum() * 100m, decimals, MidpointRounding.AwayFromZero);
        };

    /// <summary>The value when exactly one unit stands for the point; null across a merger (choices, index scores).</summary>
    public static Func<IReadOnlyList<UnitValues>, decimal?> SingleSource(string indicatorId) =>
        sources => sources.Count == 1 ? sources[0].ValueOf(indicatorId) : null;

    private static List<decimal>? AllOf(IReadOnlyList<UnitValues> sources, string indicatorId)
    {
        var values = sources.Select(s => s.ValueOf(indicatorId)).ToList();
        return values.Count > 0 && values.All(v => v is not null) ? [.. values.Select(v => v!.Value)] : null;
    }
}
