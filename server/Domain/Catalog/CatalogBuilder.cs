using System.Collections.Frozen;
using System.Text.RegularExpressions;
using CchcGrpc.Server.Domain.Rules;
using static CchcGrpc.Server.Domain.Catalog.CatalogWords;

using CchcGrpc.Server.Domain.Units;

namespace CchcGrpc.Server.Domain.Catalog;

/// <summary>Turns the catalog file into the immutable model, collecting every inconsistency before failing.</summary>
internal sealed partial class CatalogBuilder(CatalogDocument document)
{
    private readonly List<string> _problems = [];
    private readonly Dictionary<string, FormVariant> _variants = [];
    private readonly Dictionary<string, UnitLevel[]> _alsoLevels = [];

    [GeneratedRegex(@"^[1-9]\d*(\.[1-9]\d*)*$")]
    private static partial Regex CodeShape();

    public IndicatorCatalog Build(string contentHash)
    {
        foreach (var v in document.Variants)
        {
            var variant = new FormVariant(v.Id, Read(Levels, v.Level, UnitLevel.Province, $"variant {v.Id}", _problems),
                v.Name, Read(Sections, v.Sections, SectionNumbering.Roman, $"variant {v.Id}", _problems), v.Source);
            if (!_variants.TryAdd(v.Id, variant)) _problems.Add($"variant {v.Id}: duplicate id");
            _alsoLevels[v.Id] = [.. v.AlsoLevels.Select(l => Read(Levels, l, UnitLevel.Province, $"variant {v.Id}", _problems))];
        }

        var fields = new List<CatalogField>();
        var indicators = new List<Indicator>();
        foreach (var entry in document.Fields)
        {
            if (!Fields.TryParse(entry.Field, out var field))
            {
                _problems.Add($"field '{entry.Field}': not a field numeral I–VII");
                continue;
            }

            fields.Add(new(field, entry.Name, entry.Titles.ToFrozenDictionary()));
            indicators.AddRange(entry.Indicators.Select(i => BuildIndicator(field, i)));
        }

        var byId = new Dictionary<string, Indicator>();
        foreach (var indicator in indicators.Where(i => !byId.TryAdd(i.Id, i)))
        {
            _problems.Add($"{indicator.Id}: duplicate id");
        }

        foreach (var indicator in indicators)
        {
            CheckReferences(indicator, byId);
        }

        var rules = new CatalogRuleBuilder(byId, _problems).Build(document.Fields, indicators);
        if (_problems.Count > 0)
        {
            throw new CatalogFormatException(_problems);
        }

        return new(document.Version, document.Title, contentHash, [.. _variants.Values], fields, indicators, rules);
    }

    private Indicator BuildIndicator(Field field, CatalogDocument.IndicatorEntry e)
    {
        var id = $"{field.Roman()}.{e.Code}";
        if (!CodeShape().IsMatch(e.Code)) _problems.Add($"{id}: code must look like 3.1.2");
        var type = Read(Types, e.Type, IndicatorType.Text, id, _problems);
        var forms = e.Forms.ToFrozenDictionary(f => f.Key,
            f => new FormCode(f.Key, f.Value, e.Printed.GetValueOrDefault(f.Key), e.Labels.GetValueOrDefault(f.Key)));
        foreach (var key in forms.Keys.Concat(e.Printed.Keys).Concat(e.Labels.Keys).Where(k => !_variants.ContainsKey(k) || !forms.ContainsKey(k)))
        {
            _problems.Add($"{id}: form variant '{key}' is unknown or has no code");
        }

        var levels = forms.Keys.Where(_variants.ContainsKey).SelectMany(k => _alsoLevels[k].Prepend(_variants[k].Level))
            .Concat(e.Levels.Select(l => Read(Levels, l, UnitLevel.Province, id, _problems))).ToFrozenSet();
        if (levels.Count == 0) _problems.Add($"{id}: applies to no level (no form prints it)");

        var formula = ParseFormula(id, field, e.Formula);
        var unitRange = document.UnitRanges.GetValueOrDefault(e.Unit);
        var plausible = e.Plausible.Count > 0
            ? e.Plausible.ToFrozenDictionary(p => Read(Levels, p.Key, UnitLevel.Province, id, _problems), p => Range(id, p.Value))
            : unitRange is null ? FrozenDictionary<UnitLevel, PlausibleRange>.Empty : levels.ToFrozenDictionary(l => l, _ => Range(id, unitRange));
        return new Indicator
        {
            Id = id,
            Field = field,
            Code = e.Code,
            Name = e.Name,
            Unit = e.Unit,
            Type = type,
            Options = ChoiceOptionText.Parse(id, type, e.Options, _problems),
            ParentId = e.Code.Contains('.') ? $"{field.Roman()}.{e.Code[..e.Code.LastIndexOf('.')]}" : null,
            Levels = levels,
            Forms = forms,
            Formula = e.Formula,
            FormulaExpression = formula,
            FormulaTolerance = e.Tolerance,
            Aggregation = e.Aggregate is null ? DefaultAggregation(type, formula) : Read(Aggregations, e.Aggregate, AggregationRule.None, id, _problems),
            Plausible = plausible,
            Note = e.Note,
        };
    }

    private ExprNode? ParseFormula(string id, Field field, string? formula)
    {
        try
        {
            return formula is null ? null : RuleParser.ParseExpression(formula, field);
        }
        catch (RuleSyntaxException ex)
        {
            _problems.Add($"{id}: formula {ex.Message}");
            return null;
        }
    }

    private void CheckReferences(Indicator indicator, Dictionary<string, Indicator> byId)
    {
        if (indicator.ParentId is { } parent && !byId.ContainsKey(parent))
        {
            _problems.Add($"{indicator.Id}: parent {parent} is not in the catalog");
        }

        foreach (var missing in indicator.FormulaExpression?.IndicatorIds().Where(r => !byId.ContainsKey(r)) ?? [])
        {
            _problems.Add($"{indicator.Id}: formula reads unknown indicator {missing}");
        }
    }

    private PlausibleRange Range(string id, decimal[] bounds)
    {
        if (bounds is [var min, var max] && min <= max) return new(min, max);
        _problems.Add($"{id}: a plausible range is [min, max]");
        return new(decimal.MinValue, decimal.MaxValue);
    }

    private static AggregationRule DefaultAggregation(IndicatorType type, ExprNode? formula) => type switch
    {
        IndicatorType.Count or IndicatorType.Money or IndicatorType.Decimal => AggregationRule.Sum,
        IndicatorType.Percent when formula is not null => AggregationRule.RecomputeFromParts,
        IndicatorType.Choice or IndicatorType.YesNo => AggregationRule.Distribution,
        _ => AggregationRule.None,
    };
}
