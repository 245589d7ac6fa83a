using CchcGrpc.Server.Domain.Catalog;

namespace CchcGrpc.Server.Domain.Import;

/// <summary>The rules of a map file, asked row by row: the rule with the most matching keys wins, the first of equals.</summary>
public sealed class MapRuleSet
{
    private readonly (MapRule Rule, string Code, string Label, string Parent)[] _rules;

    public MapRuleSet(IEnumerable<MapRule> rules) =>
        _rules = [.. rules.Select(r => (r, RowCodes.Clean(r.Code), LabelText.Fold(r.Label), LabelText.Fold(r.ParentLabel)))];

    public static MapRuleSet None { get; } = new([]);

    public IReadOnlyList<MapRule> Rules => [.. _rules.Select(r => r.Rule)];

    public MapRule? Find(Field? field, string code, string label, string parentLabel)
    {
        if (_rules.Length == 0)
        {
            return null;
        }
        var (cleanCode, foldedLabel, foldedParent) = (RowCodes.Clean(code), LabelText.Fold(label), LabelText.Fold(parentLabel));
        MapRule? best = null;
        foreach (var (rule, ruleCode, ruleLabel, ruleParent) in _rules)
        {
            var matches = (rule.Field is null || rule.Field == field)
                          && (ruleCode.Length == 0 || ruleCode == cleanCode)
                          && (ruleLabel.Length == 0 || ruleLabel == foldedLabel)
                          && (ruleParent.Length == 0 || ruleParent == foldedParent);
            if (matches && rule.Keys > 0 && (best is null || rule.Keys > best.Keys)) best = rule;
        }
        return best;
    }
}
