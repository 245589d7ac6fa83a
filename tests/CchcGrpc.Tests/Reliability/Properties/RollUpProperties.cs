using CchcGrpc.Server.Domain.Catalog;
using CchcGrpc.Server.Domain.Rules;
using CchcGrpc.Server.Reporting;
using CsCheck;

namespace CchcGrpc.Tests.Reliability.Properties;

/// <summary>
/// Roll-up over the real catalog (2022.1) and generated child units (CsCheck): a count's roll-up is
/// the sum of the children's values, a total given by a sum formula equals the sum of its rolled-up
/// parts, and a percentage recomputed from summed parts lies between 0 and 100 whenever each child's
/// part is at most its whole — and equals the share of the sums, never an average of shares.
/// </summary>
public sealed class RollUpProperties
{
    private static readonly IReadOnlyList<Indicator> Indicators = CatalogLoader.Current.Indicators;

    // Percentages whose formula is part / whole * 100.
    private static readonly (Indicator Share, string Part, string Whole)[] Shares =
        [.. Indicators.Where(i => i.Type == IndicatorType.Percent && i.FormulaExpression is BinaryNode { Operator: BinaryOperator.Multiply, Left: BinaryNode { Operator: BinaryOperator.Divide, Left: RefNode, Right: RefNode }, Right: NumberNode { Value: 100 } })
            .Select(i => (BinaryNode)((BinaryNode)i.FormulaExpression!).Left)
            .Zip(Indicators.Where(i => i.Type == IndicatorType.Percent && i.FormulaExpression is BinaryNode { Operator: BinaryOperator.Multiply, Left: BinaryNode { Operator: BinaryOperator.Divide, Left: RefNode, Right: RefNode }, Right: NumberNode { Value: 100 } }),
                (division, share) => (share, ((RefNode)division.Left).IndicatorId, ((RefNode)division.Right).IndicatorId))];

    private static readonly Indicator[] Counts = [.. Indicators.Where(i => i.Type == IndicatorType.Count && i.Aggregation == AggregationRule.Sum)];

    // 1 to 40 child units (a province's districts, a district's communes), each with every count reported.
    private static readonly Gen<Dictionary<string, decimal>[]> Children =
        Gen.Long[0, 50_000].Array[Counts.Length].Select(values => Consistent(values)).Array[1, 40];

    [Fact]
    public void The_catalog_has_shares_and_counts_to_roll_up() =>
        Assert.True(Shares.Length >= 14 && Counts.Length >= 90, $"{Shares.Length} shares, {Counts.Length} counts");

    [Fact]
    public void A_rolled_up_count_is_the_sum_of_the_children_and_a_sum_formula_holds_on_the_sums() =>
        Children.Sample(children =>
        {
            var totals = Totals(children);
            var combined = Aggregation.Combine(Counts, totals);
            foreach (var count in Counts)
            {
                if (combined[count.Id] != children.Sum(c => c[count.Id]))
                {
                    return false;
                }
                if (count.FormulaExpression is { } formula)
                {
                    // Without its own total the parent is computed from the parts' totals: the same number.
                    var computed = Aggregation.Combine([count], totals.Where(t => t.Key != count.Id).ToDictionary());
                    if (computed.TryGetValue(count.Id, out var fromParts) && fromParts != combined[count.Id])
                    {
                        return false;
                    }
                }
            }
            return true;
        }, iter: 2_000);

    [Fact]
    public void A_recomputed_share_is_between_0_and_100_and_is_the_share_of_the_sums() =>
        Children.Sample(children =>
        {
            var totals = Totals(children);
            var combined = Aggregation.Combine(Shares.Select(s => s.Share), totals);
            foreach (var (share, part, whole) in Shares)
            {
                var (sumPart, sumWhole) = (totals.GetValueOrDefault(part), totals.GetValueOrDefault(whole));
                if (sumWhole == 0)
                {
                    continue; // a share of nothing has no value
                }
                if (!combined.TryGetValue(share.Id, out var value) || value is < 0 or > 100
                    || value != Math.Round(sumPart * 100 / sumWhole, 2, MidpointRounding.AwayFromZero))
                {
                    return false;
                }
            }
            return true;
        }, iter: 2_000);

    private static Dictionary<string, decimal> Totals(Dictionary<string, decimal>[] children) =>
        children.SelectMany(c => c).GroupBy(v => v.Key).ToDictionary(g => g.Key, g => g.Sum(v => v.Value), StringComparer.Ordinal);

    /// <summary>One child's counts made consistent: each part at most its whole, each sum formula's total the sum of its parts.</summary>
    private static Dictionary<string, decimal> Consistent(long[] values)
    {
        var unit = Counts.Select((c, i) => (c.Id, (decimal)values[i])).ToDictionary(v => v.Id, v => v.Item2, StringComparer.Ordinal);
        for (var pass = 0; pass < 10; pass++)
        {
            foreach (var count in Counts.Where(c => c.FormulaExpression is not null))
            {
                var evaluation = ExpressionEvaluator.Evaluate(count.FormulaExpression!, id => unit.TryGetValue(id, out var v) ? Operand.Exact(v) : Operand.Missing);
                if (evaluation.HasValue && evaluation.Value >= 0)
                {
                    unit[count.Id] = evaluation.Value;
                }
            }
            foreach (var (_, part, whole) in Shares)
            {
                if (unit.TryGetValue(part, out var p) && unit.TryGetValue(whole, out var w) && p > w)
                {
                    unit[part] = w;
                }
            }
        }
        return unit;
    }
}
