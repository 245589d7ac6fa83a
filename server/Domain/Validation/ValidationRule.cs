using CchcGrpc.Server.Domain.Catalog;
using CchcGrpc.Server.Domain.Rules;

namespace CchcGrpc.Server.Domain.Validation;

/// <summary>A check over reported values, from the catalog.</summary>
/// <param name="Id">Stable id: "III.3.1.formula" for the rule implied by a formula, "VII.R2" for a written one.</param>
/// <param name="Text">The rule as written in the catalog: <c>6.4.2 &lt;= 6.4.1</c>.</param>
/// <param name="Message">Vietnamese message shown when the rule fails.</param>
/// <param name="DerivedIndicatorId">The indicator whose formula this rule checks, if any.</param>
public sealed record ValidationRule(
    string Id,
    Field Field,
    string Text,
    Comparison Expression,
    Severity Severity,
    MissingValuePolicy Missing,
    string Message,
    string? DerivedIndicatorId = null)
{
    public IReadOnlyList<string> IndicatorIds { get; } = Expression.IndicatorIds();
}
