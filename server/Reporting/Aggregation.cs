using CchcGrpc.Server.Domain.Catalog;
using CchcGrpc.Server.Domain.Rules;

namespace CchcGrpc.Server.Reporting;

/// <summary>
/// How a parent's value is formed from its children's: counts and money summed; percentages
/// recomputed from the summed parts through the indicator's formula, never averaged.
/// </summary>
public static class Aggregation
{
    /// <summary>
    /// Values for <paramref name="indicators"/> from per-indicator totals: summed indicators take their
    /// total; recomputed ones evaluate their formula over the totals of its parts.
    /// </summary>
    public static Dictionary<string, decimal> Combine(IEnumerable<Indicator> indicators, IReadOnlyDictionary<string, decimal> totals)
    {
        var result = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var indicator in indicators)
        {
            // Derived totals are stored with the reports, so a summed indicator's own total is complete.
            if (indicator.Aggregation == AggregationRule.Sum && totals.TryGetValue(indicator.Id, out var total))
            {
                result[indicator.Id] = total;
            }
            else if (indicator.Aggregation is AggregationRule.Sum or AggregationRule.RecomputeFromParts && indicator.FormulaExpression is { } formula)
            {
                var evaluation = ExpressionEvaluator.Evaluate(formula, id => totals.TryGetValue(id, out var part) ? Operand.Exact(part) : Operand.Missing);
                if (evaluation.HasValue)
                {
                    result[indicator.Id] = Math.Round(evaluation.Value, indicator.Type == IndicatorType.Percent ? 2 : 6, MidpointRounding.AwayFromZero);
                }
            }
        }
        return result;
    }
}
