using CchcGrpc.Server.Domain.Periods;
using CchcGrpc.Server.Domain.Units;

namespace CchcGrpc.Server.SampleData;

/// <summary>One unit's generated report for one period.</summary>
/// <param name="FirstSubmittedAt">When it was submitted; null for a report left as a draft.</param>
public sealed record DemoReport(string UnitCode, UnitLevel Level, PeriodId Period, DateTimeOffset? FirstSubmittedAt, IReadOnlyList<DemoValue> Values)
{
    public DemoValue? this[string indicatorId] => Values.FirstOrDefault(v => v.IndicatorId == indicatorId);

    /// <summary>The cells as typed, by indicator id, the shape report validation reads.</summary>
    public IReadOnlyDictionary<string, string?> RawValues() => Values.ToDictionary(v => v.IndicatorId, v => (string?)v.RawText);

    /// <summary>The reported numbers by indicator id, the shape analytics reads.</summary>
    public IReadOnlyDictionary<string, decimal> Numbers() =>
        Values.Where(v => v.Number is not null).ToDictionary(v => v.IndicatorId, v => v.Number!.Value);
}
