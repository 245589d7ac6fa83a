using Cchc.V1;
using CchcGrpc.Server.Domain.Catalog;
using CchcGrpc.Server.Domain.Import;
using UnitLevel = CchcGrpc.Server.Domain.Units.UnitLevel;

namespace CchcGrpc.Server.Reporting.Imports;

/// <summary>
/// Names each row's indicator: by catalog id or field-qualified code (variant "" / "id"), or, for
/// rows as an appendix prints them (variant "appendix", "province", "department"), by meaning with
/// <see cref="FormRowMatcher"/>, the map file's rules first.
/// </summary>
public static class ImportRowMapper
{
    public static bool IsKnownVariant(IndicatorCatalog catalog, string variant) =>
        variant is "" or "id" or MatchScope.AnyForm || catalog.Variants.Any(v => v.Id == variant);

    public static IReadOnlyList<MappedRow> Map(IndicatorCatalog catalog, string variant, IReadOnlyList<ImportRow> rows, UnitLevel? level = null, MapRuleSet? rules = null) =>
        variant is "" or "id" ? [.. rows.Select(r => ById(catalog, r))] : ByForm(catalog, MatchScope.For(catalog, variant, level), rows, rules);

    private static MappedRow ById(IndicatorCatalog catalog, ImportRow row)
    {
        var code = row.Indicator.Trim();
        if (catalog.TryGet(FormCodes.Normalize(code), out var indicator))
        {
            return new(row, indicator, RowMatchKind.CodeAndLabel);
        }
        // "3.1.2" under section "III" is the field-qualified id III.3.1.2.
        var found = Fields.TryParse(row.Section.Trim().TrimEnd('.'), out var field) ? catalog.Find(field, code) : null;
        return new(row, found, found is null ? RowMatchKind.Unmatched : RowMatchKind.CodeAndLabel);
    }

    private static List<MappedRow> ByForm(IndicatorCatalog catalog, MatchScope scope, IReadOnlyList<ImportRow> rows, MapRuleSet? rules)
    {
        var formRows = rows.Select(row => new FormRow(row.Indicator, row.Label, row.UnitOfMeasure, row.RawValue, row.Note, row.Table,
            Fields.TryParse(row.Section.Trim().TrimEnd('.'), out var field) ? field : null)).ToList();
        var matches = new FormRowMatcher(catalog, scope, rules).Match(formRows);
        return [.. rows.Select((row, i) => new MappedRow(row, matches[i].Indicator, matches[i].Kind, matches[i]))];
    }
}
