using CchcGrpc.Server.Domain.Catalog;

namespace CchcGrpc.Server.Domain.Import;

/// <summary>
/// A line of an import's map file: rows that match every key given (empty keys match any row) are
/// the indicator named, or no indicator at all (<see cref="IndicatorId"/> null: the map says "-").
/// </summary>
/// <param name="Field">The field of the row's table.</param>
/// <param name="Code">The code as printed, compared without markup or trailing dots.</param>
/// <param name="Label">The label as printed, compared folded (case, accents, spacing, punctuation ignored).</param>
/// <param name="ParentLabel">The label of the row this one is under, compared the same way.</param>
/// <param name="Line">Where the rule is written, to name it in a message.</param>
public sealed record MapRule(Field? Field, string Code, string Label, string ParentLabel, string? IndicatorId, int Line)
{
    /// <summary>How many keys the rule gives: the rule with the most keys that match a row applies to it.</summary>
    public int Keys => (Field is null ? 0 : 1) + (Code.Length > 0 ? 1 : 0) + (Label.Length > 0 ? 1 : 0) + (ParentLabel.Length > 0 ? 1 : 0);
}
