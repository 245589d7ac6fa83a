namespace CchcGrpc.Server.Domain.Rules;

/// <summary>A parsed rule: <c>left op right [± tolerance]</c>.</summary>
/// <param name="Tolerance">Allowed absolute difference on top of the rounding the entered values carry.</param>
public sealed record Comparison(ExprNode Left, ComparisonOperator Operator, ExprNode Right, decimal Tolerance)
{
    public IReadOnlyList<string> IndicatorIds() =>
        [.. Left.IndicatorIds().Concat(Right.IndicatorIds()).Distinct()];
}
