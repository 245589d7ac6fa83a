using CchcGrpc.Server.Domain.Catalog;
using CchcGrpc.Server.Domain.Numbers;
using CchcGrpc.Server.Domain.Rules;

using CchcGrpc.Server.Domain.Units;

namespace CchcGrpc.Server.Domain.Validation;

/// <summary>
/// Computes totals and percentages from their parts with the catalog formulas. A value derived here
/// may feed another formula when the unit left that one empty too.
/// </summary>
public static class DerivedValues
{
    public static IReadOnlyList<DerivedValue> Compute(IndicatorCatalog catalog, UnitLevel level, IReadOnlyDictionary<string, CellValue> entered)
    {
        var formulas = catalog.FormulasFor(level);
        var derived = new Dictionary<string, decimal>();
        // Formulas may read each other in any order; repeat until nothing new can be derived.
        for (var changed = true; changed;)
        {
            changed = false;
            foreach (var indicator in formulas.Where(i => !derived.ContainsKey(i.Id)))
            {
                var result = ExpressionEvaluator.Evaluate(indicator.FormulaExpression!, id => Read(catalog, entered, derived, id));
                if (result.HasValue)
                {
                    derived[indicator.Id] = result.Value;
                    changed = true;
                }
            }
        }

        return [.. formulas.Where(i => derived.ContainsKey(i.Id))
            .Select(i => new DerivedValue(i.Id, derived[i.Id], entered.GetValueOrDefault(i.Id) ?? CellValue.NotReported))];
    }

    /// <summary>The entered values with empty derived cells filled in (e.g. for roll-ups and display).</summary>
    public static IReadOnlyDictionary<string, CellValue> Fill(IndicatorCatalog catalog, UnitLevel level, IReadOnlyDictionary<string, CellValue> entered)
    {
        var filled = new Dictionary<string, CellValue>(entered);
        foreach (var value in Compute(catalog, level, entered).Where(d => !d.WasReported))
        {
            var indicator = catalog[value.IndicatorId];
            filled[value.IndicatorId] = CellValue.FromNumber(value.Value, indicator.Type == IndicatorType.Percent ? 2 : 0,
                indicator.Type == IndicatorType.Percent);
        }

        return filled;
    }

    private static Operand Read(IndicatorCatalog catalog, IReadOnlyDictionary<string, CellValue> entered, Dictionary<string, decimal> derived, string id)
    {
        var operand = Operands.From(catalog[id], entered.GetValueOrDefault(id));
        return operand.State == OperandState.Missing && derived.TryGetValue(id, out var value) ? Operand.Exact(value) : operand;
    }
}
