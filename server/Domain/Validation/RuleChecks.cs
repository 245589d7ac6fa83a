using CchcGrpc.Server.Domain.Catalog;
using CchcGrpc.Server.Domain.Numbers;
using CchcGrpc.Server.Domain.Rules;
using static CchcGrpc.Server.Domain.Numbers.VietnameseNumber;

using CchcGrpc.Server.Domain.Units;

namespace CchcGrpc.Server.Domain.Validation;

/// <summary>Runs the catalog rules that apply at the unit's level over the entered values.</summary>
internal static class RuleChecks
{
    public static IEnumerable<Finding> Check(IndicatorCatalog catalog, UnitLevel level, IReadOnlyDictionary<string, CellValue> values)
    {
        foreach (var rule in catalog.RulesFor(level))
        {
            var outcome = ExpressionEvaluator.Check(rule.Expression, Operands.Resolver(catalog, values, rule.Missing));
            if (outcome.Verdict == RuleVerdict.Failed)
            {
                yield return Failed(catalog, rule, outcome);
            }
            else if (outcome.Verdict == RuleVerdict.NotCheckable && rule.Missing == MissingValuePolicy.Flag
                     && OnlyMissing(outcome) && MissingIds(rule, values) is { Count: > 0 } missing)
            {
                yield return new(rule.Id, FindingKind.MissingValue, rule.Severity, missing,
                    $"{rule.Message} Chưa có số liệu: {string.Join(", ", missing)}.");
            }
        }
    }

    private static Finding Failed(IndicatorCatalog catalog, ValidationRule rule, ComparisonOutcome outcome)
    {
        var left = Show(catalog, rule, outcome.Left.Value);
        var right = Show(catalog, rule, outcome.Right.Value);
        var detail = rule.DerivedIndicatorId is not null
            ? $" Số liệu nhập: {left}; tính từ các chỉ tiêu thành phần: {right}."
            : $" ({rule.Text}: {left} so với {right}).";
        return new(rule.Id, FindingKind.RuleFailed, rule.Severity, rule.IndicatorIds, rule.Message + detail)
        {
            Entered = outcome.Left.Value,
            Computed = outcome.Right.Value,
        };
    }

    private static string Show(IndicatorCatalog catalog, ValidationRule rule, decimal value) =>
        rule.DerivedIndicatorId is { } id && catalog[id].Type == IndicatorType.Percent ? Format(value) + "%" : Format(value);

    // A "/" or an unusable cell skips the rule whatever its policy; only plain gaps are flagged.
    private static bool OnlyMissing(ComparisonOutcome outcome) =>
        outcome.Left.State is OperandState.Value or OperandState.Missing && outcome.Right.State is OperandState.Value or OperandState.Missing;

    private static List<string> MissingIds(ValidationRule rule, IReadOnlyDictionary<string, CellValue> values) =>
        [.. rule.IndicatorIds.Where(id => values.GetValueOrDefault(id) is null or { Kind: CellKind.NotReported })];
}
