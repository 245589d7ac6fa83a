using CchcGrpc.Server.Domain.Periods;

namespace CchcGrpc.Server.Domain.Analytics;

/// <summary>One point of a <see cref="Trend"/>.</summary>
/// <param name="Value">Null when the period has no value (a gap).</param>
/// <param name="Delta">
/// Change from the nearest earlier point that has a value, across any gap; null for the first value
/// and for gaps. <paramref name="DeltaFrom"/> names the period it is measured from, so a change over
/// a gap is never mistaken for a change over one period.
/// </param>
/// <param name="SourceUnitCodes">The units whose reports the point comes from; more than one before a merger.</param>
public sealed record TrendEntry(
    PeriodId Period,
    decimal? Value,
    decimal? Delta,
    PeriodId? DeltaFrom,
    IReadOnlyList<string> SourceUnitCodes);
