namespace CchcGrpc.Server.Domain.Analytics;

/// <summary>
/// The numeric values of one unit's report for one period, by indicator id. An indicator that is
/// absent has no value (not reported, not applicable, or — for <see cref="NoReport"/> — no report).
/// </summary>
public sealed record UnitValues(string UnitCode, IReadOnlyDictionary<string, decimal> Values)
{
    public static UnitValues NoReport(string unitCode) => new(unitCode, new Dictionary<string, decimal>());

    public decimal? ValueOf(string indicatorId) => Values.TryGetValue(indicatorId, out var value) ? value : null;
}
