using Cchc.V1;
using CchcGrpc.Server.Domain.Catalog;
using CchcGrpc.Server.Domain.Import;

namespace CchcGrpc.Server.Reporting.Imports;

/// <summary>A batch's map rules (ImportBatch.map_rules) as the matcher asks them, or why they cannot be used.</summary>
public static class ImportMapRules
{
    public const string NotAnIndicator = "-";

    /// <returns>The rules, or a message naming the first bad rule by its field path and its line in the map file.</returns>
    public static (MapRuleSet? Rules, string? Problem) Read(ImportBatch batch, IndicatorCatalog catalog, string at)
    {
        var rules = new List<MapRule>(batch.MapRules.Count);
        for (var i = 0; i < batch.MapRules.Count; i++)
        {
            var rule = batch.MapRules[i];
            var where = $"{at}.map_rules[{i}] (line {rule.SourceLine} of the map file)";
            Field? field = null;
            if (rule.Field.Trim().Length > 0)
            {
                if (!Fields.TryParse(rule.Field, out var parsed))
                {
                    return (null, $"{where}: field '{rule.Field}' is not I–VII.");
                }
                field = parsed;
            }
            var id = rule.IndicatorId.Trim();
            if (id != NotAnIndicator && !catalog.TryGet(id, out _))
            {
                return (null, $"{where}: no indicator '{id}' in catalog {catalog.Version}; nothing of this batch was written.");
            }
            rules.Add(new MapRule(field, rule.Code, rule.Label, rule.ParentLabel, id == NotAnIndicator ? null : id, rule.SourceLine));
        }
        return (new MapRuleSet(rules), null);
    }
}
