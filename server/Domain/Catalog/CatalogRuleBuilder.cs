using CchcGrpc.Server.Domain.Rules;
using CchcGrpc.Server.Domain.Validation;
using static CchcGrpc.Server.Domain.Catalog.CatalogWords;

namespace CchcGrpc.Server.Domain.Catalog;

/// <summary>Builds the catalog's rules: one per formula (the derived value must match its parts) plus the written ones.</summary>
internal sealed class CatalogRuleBuilder(IReadOnlyDictionary<string, Indicator> byId, List<string> problems)
{
    public IReadOnlyList<ValidationRule> Build(IEnumerable<CatalogDocument.FieldEntry> fields, IEnumerable<Indicator> indicators)
    {
        var rules = new List<ValidationRule>();
        foreach (var indicator in indicators.Where(i => i.FormulaExpression is not null))
        {
            rules.Add(FormulaRule(indicator));
        }

        foreach (var entry in fields)
        {
            if (!Fields.TryParse(entry.Field, out var field)) continue;
            rules.AddRange(entry.Rules.Select(r => WrittenRule(field, r)).OfType<ValidationRule>());
        }

        foreach (var duplicate in rules.GroupBy(r => r.Id).Where(g => g.Count() > 1))
        {
            problems.Add($"rule {duplicate.Key}: duplicate id");
        }

        return rules;
    }

    private static ValidationRule FormulaRule(Indicator indicator)
    {
        var self = new RefNode(indicator.Id, indicator.Code, 0);
        var comparison = new Comparison(self, ComparisonOperator.Equal, indicator.FormulaExpression!, indicator.FormulaTolerance);
        var what = indicator.Type == IndicatorType.Percent ? "Tỷ lệ" : "Số tổng";
        return new(
            $"{indicator.Id}.formula",
            indicator.Field,
            $"{indicator.Code} = {indicator.Formula}",
            comparison,
            Severity.Error,
            MissingValuePolicy.Skip,
            $"{what} {indicator.Field.Roman()}.{indicator.Code} không khớp với số liệu thành phần ({indicator.Formula}).",
            indicator.Id);
    }

    private ValidationRule? WrittenRule(Field field, CatalogDocument.RuleEntry entry)
    {
        Comparison comparison;
        try
        {
            comparison = RuleParser.ParseRule(entry.Rule, field);
        }
        catch (RuleSyntaxException ex)
        {
            problems.Add($"rule {entry.Id}: {ex.Message}");
            return null;
        }

        foreach (var unknown in comparison.IndicatorIds().Where(id => !byId.ContainsKey(id)))
        {
            problems.Add($"rule {entry.Id}: reads unknown indicator {unknown}");
        }

        return new(
            entry.Id,
            field,
            entry.Rule,
            comparison,
            Read(Severities, entry.Severity, Severity.Error, $"rule {entry.Id}", problems),
            Read(MissingPolicies, entry.Missing, MissingValuePolicy.Skip, $"rule {entry.Id}", problems),
            entry.Message);
    }
}
