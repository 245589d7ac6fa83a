using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using CchcGrpc.Server.Domain.Validation;

using CchcGrpc.Server.Domain.Units;

namespace CchcGrpc.Server.Domain.Catalog;

/// <summary>
/// The indicators of one catalog version, immutable once loaded. Ids are "FIELD.code" ("III.3.1.2");
/// the forms' own numberings are reached through <see cref="FindByFormCode"/>.
/// </summary>
public sealed class IndicatorCatalog
{
    private readonly FrozenDictionary<string, Indicator> _byId;
    private readonly FrozenDictionary<string, Indicator[]> _children;
    private readonly FrozenDictionary<string, Indicator[]> _byFormCode;
    private readonly FrozenDictionary<string, ValidationRule[]> _rulesReading;
    private readonly FrozenDictionary<UnitLevel, ValidationRule[]> _rulesByLevel;
    private readonly FrozenDictionary<UnitLevel, Indicator[]> _formulasByLevel;

    internal IndicatorCatalog(string version, string title, string contentHash, IReadOnlyList<FormVariant> variants,
        IReadOnlyList<CatalogField> fields, IReadOnlyList<Indicator> indicators, IReadOnlyList<ValidationRule> rules)
    {
        (Version, Title, ContentHash, Variants, Fields, Indicators, Rules) = (version, title, contentHash, variants, fields, indicators, rules);
        _byId = indicators.ToFrozenDictionary(i => i.Id);
        _children = indicators.Where(i => i.ParentId is not null).GroupBy(i => i.ParentId!).ToFrozenDictionary(g => g.Key, g => g.ToArray());
        _byFormCode = indicators
            .SelectMany(i => i.Forms.Values.SelectMany(f => new[] { f.Code, f.PrintedCode }.Distinct().Select(code => (Key: FormKey(f.Variant, i.Field, code), i))))
            .GroupBy(x => x.Key).ToFrozenDictionary(g => g.Key, g => g.Select(x => x.i).ToArray());
        _rulesReading = rules.SelectMany(r => r.IndicatorIds.Select(id => (id, r))).GroupBy(x => x.id)
            .ToFrozenDictionary(g => g.Key, g => g.Select(x => x.r).ToArray());
        // Validation asks these for every report it checks; the catalog never changes, so work them out once.
        _rulesByLevel = Enum.GetValues<UnitLevel>().ToFrozenDictionary(l => l, l => rules.Where(r => r.IndicatorIds.All(id => _byId[id].AppliesTo(l))).ToArray());
        _formulasByLevel = Enum.GetValues<UnitLevel>().ToFrozenDictionary(l => l, l => indicators.Where(i => i.FormulaExpression is not null && i.AppliesTo(l)).ToArray());
        Collisions = FindCollisions();
    }

    /// <summary>Catalog version, e.g. "2022.1"; stored with every report so its values stay interpretable.</summary>
    public string Version { get; }

    public string Title { get; }

    /// <summary>SHA-256 (hex) of the catalog file as loaded.</summary>
    public string ContentHash { get; }

    /// <summary>Quoted entity tag for caches: version plus the head of the content hash.</summary>
    public string ETag => $"\"{Version}-{ContentHash[..16]}\"";

    public IReadOnlyList<FormVariant> Variants { get; }

    public IReadOnlyList<CatalogField> Fields { get; }

    /// <summary>All indicators, field by field in form order.</summary>
    public IReadOnlyList<Indicator> Indicators { get; }

    public IReadOnlyList<ValidationRule> Rules { get; }

    /// <summary>Codes a form prints on more than one row (the seeds have some); see <see cref="FormCodeCollision"/>.</summary>
    public IReadOnlyList<FormCodeCollision> Collisions { get; }

    public Indicator this[string id] => _byId.TryGetValue(id, out var indicator)
        ? indicator
        : throw new KeyNotFoundException($"No indicator '{id}' in catalog {Version}");

    public bool TryGet(string id, [NotNullWhen(true)] out Indicator? indicator) => _byId.TryGetValue(id, out indicator);

    /// <summary>By catalog code within a field: (III, "3.1.2").</summary>
    public Indicator? Find(Field field, string code) => _byId.GetValueOrDefault($"{field.Roman()}.{FormCodes.Normalize(code)}");

    /// <summary>
    /// Indicators a variant's row code may stand for, matching the code the row should carry and the
    /// code the seed form prints. More than one means the importer must decide by the row's wording.
    /// </summary>
    /// <param name="section">The Biểu (field) of the row, for variants whose codes restart per field.</param>
    public IReadOnlyList<Indicator> FindByFormCode(string variant, string code, Field? section = null) =>
        _byFormCode.GetValueOrDefault(FormKey(variant, section, FormCodes.Normalize(code))) ?? [];

    public IReadOnlyList<Indicator> ChildrenOf(string id) => _children.GetValueOrDefault(id) ?? [];

    public IReadOnlyList<Indicator> RootsOf(Field field) => [.. Indicators.Where(i => i.Field == field && i.ParentId is null)];

    public IReadOnlyList<Indicator> ForLevel(UnitLevel level) => [.. Indicators.Where(i => i.AppliesTo(level))];

    public FormVariant Variant(string id) => Variants.FirstOrDefault(v => v.Id == id)
        ?? throw new KeyNotFoundException($"No form variant '{id}' in catalog {Version}");

    /// <summary>Rules that read the indicator, on either side.</summary>
    public IReadOnlyList<ValidationRule> RulesReading(string id) => _rulesReading.GetValueOrDefault(id) ?? [];

    /// <summary>Rules that can apply at a level: every indicator they read is reported at that level.</summary>
    public IReadOnlyList<ValidationRule> RulesFor(UnitLevel level) => _rulesByLevel[level];

    /// <summary>Indicators computed by a formula at this level, in catalog order.</summary>
    public IReadOnlyList<Indicator> FormulasFor(UnitLevel level) => _formulasByLevel[level];

    private string FormKey(string variant, Field? field, string code)
    {
        var scoped = Variants.FirstOrDefault(v => v.Id == variant)?.CodesScopedByField ?? false;
        return scoped ? $"{variant}|{field}|{code}" : $"{variant}||{code}";
    }

    private List<FormCodeCollision> FindCollisions() =>
    [
        .. Indicators
            .SelectMany(i => i.Forms.Values.Where(f => !f.IsUncoded).Select(f => (f, i)))
            .GroupBy(x => (x.f.Variant, Section: Variant(x.f.Variant).CodesScopedByField ? x.i.Field : (Field?)null, x.f.PrintedCode))
            .Where(g => g.Count() > 1)
            .Select(g => new FormCodeCollision(g.Key.Variant, g.Key.Section, g.Key.PrintedCode, [.. g.Select(x => x.i.Id)]))
            .OrderBy(c => Variants.ToList().FindIndex(v => v.Id == c.Variant)).ThenBy(c => c.Section).ThenBy(c => c.PrintedCode, StringComparer.Ordinal),
    ];
}
