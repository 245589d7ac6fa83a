using CchcGrpc.Server.Domain.Periods;

namespace CchcGrpc.Server.Domain.Analytics;

/// <summary>A unit's value of one indicator in one period; null when it has none.</summary>
public sealed record PeriodValue(PeriodId Period, decimal? Value);
