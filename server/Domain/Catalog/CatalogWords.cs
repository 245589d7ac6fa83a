using CchcGrpc.Server.Domain.Validation;

using CchcGrpc.Server.Domain.Units;

namespace CchcGrpc.Server.Domain.Catalog;

/// <summary>The words the catalog file uses for enumerations, kept in one place.</summary>
internal static class CatalogWords
{
    public static readonly IReadOnlyDictionary<string, IndicatorType> Types = new Dictionary<string, IndicatorType>
    {
        ["count"] = IndicatorType.Count,
        ["decimal"] = IndicatorType.Decimal,
        ["percent"] = IndicatorType.Percent,
        ["money"] = IndicatorType.Money,
        ["choice"] = IndicatorType.Choice,
        ["yesno"] = IndicatorType.YesNo,
        ["text"] = IndicatorType.Text,
        ["group"] = IndicatorType.Group,
    };

    public static readonly IReadOnlyDictionary<string, UnitLevel> Levels = new Dictionary<string, UnitLevel>
    {
        ["province"] = UnitLevel.Province,
        ["department"] = UnitLevel.Department,
        ["district"] = UnitLevel.District,
        ["commune"] = UnitLevel.Commune,
    };

    public static readonly IReadOnlyDictionary<string, AggregationRule> Aggregations = new Dictionary<string, AggregationRule>
    {
        ["none"] = AggregationRule.None,
        ["sum"] = AggregationRule.Sum,
        ["recompute"] = AggregationRule.RecomputeFromParts,
        ["distribution"] = AggregationRule.Distribution,
    };

    public static readonly IReadOnlyDictionary<string, Severity> Severities = new Dictionary<string, Severity>
    {
        ["error"] = Severity.Error,
        ["warning"] = Severity.Warning,
    };

    public static readonly IReadOnlyDictionary<string, MissingValuePolicy> MissingPolicies = new Dictionary<string, MissingValuePolicy>
    {
        ["skip"] = MissingValuePolicy.Skip,
        ["zero"] = MissingValuePolicy.TreatAsZero,
        ["flag"] = MissingValuePolicy.Flag,
    };

    public static readonly IReadOnlyDictionary<string, SectionNumbering> Sections = new Dictionary<string, SectionNumbering>
    {
        ["roman"] = SectionNumbering.Roman,
        ["arabic"] = SectionNumbering.Arabic,
    };

    /// <summary>Looks a word up, recording a problem (and returning the fallback) when it is unknown.</summary>
    public static T Read<T>(IReadOnlyDictionary<string, T> words, string? word, T fallback, string where, List<string> problems)
    {
        if (word is not null && words.TryGetValue(word, out var value))
        {
            return value;
        }

        problems.Add($"{where}: unknown value '{word}' (expected {string.Join(", ", words.Keys)})");
        return fallback;
    }
}
