namespace CchcGrpc.Server.Domain.Analytics;

/// <summary>
/// One unit's value of one indicator for one period. Null when it has none — not reported (empty
/// cell), not applicable (<c>/</c>) or no report at all — which is never the same as 0.
/// </summary>
public sealed record UnitValue(string UnitCode, decimal? Value);
