using CchcGrpc.Server.Domain.Numbers;

namespace CchcGrpc.Server.Domain.Validation;

/// <summary>How one reading of an ambiguous cell fares against the indicator's type and rules.</summary>
/// <param name="FitsType">False when, say, a count would have decimals.</param>
/// <param name="FailedRules">Rules that fail under this reading.</param>
/// <param name="PassedRules">Rules that hold under this reading.</param>
public sealed record ReadingCheck(NumberReading Reading, bool FitsType, IReadOnlyList<string> FailedRules, IReadOnlyList<string> PassedRules)
{
    /// <summary>A reading the rest of the report supports; still only a hint, the unit must confirm.</summary>
    public bool IsConsistent => FitsType && FailedRules.Count == 0;
}
