using Cchc.V1;
using CchcGrpc.Server.Domain.Catalog;
using CchcGrpc.Server.Domain.Import;

namespace CchcGrpc.Server.Reporting.Imports;

/// <summary>
/// Names each row's indicator: by catalog id or field-qualified code (variant "" / "id"), or as a
/// printed form numbers it, by code and label together (variant "province" / "department").
/// </summary>
public static class ImportRowMapper
{
    public static bool IsKnownVariant(IndicatorCatalog catalog, string variant) =>
        variant is "" or "id" || catalog.Variants.Any(v => v.Id == variant);

    public static IReadOnlyList<MappedRow> Map(IndicatorCatalog catalog, string variant, IReadOnlyList<ImportRow> rows) =>
        variant is "" or "id" ? [.. rows.Select(r => ById(catalog, r))] : ByForm(catalog, variant, rows);

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

    private static List<MappedRow> ByForm(IndicatorCatalog catalog, string variant, IReadOnlyList<ImportRow> rows)
    {
        var form = catalog.Variant(variant);
        // The matcher learns the section from heading rows; a row that names its section instead
        // gets a heading row put before it whenever the section changes.
        var formRows = new List<FormRow>(rows.Count + 8);
        var origin = new List<int>(rows.Count + 8);
        string? section = null;
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (Fields.TryParse(row.Section.Trim().TrimEnd('.'), out var field) && field.Roman() != section)
            {
                section = field.Roman();
                formRows.Add(new FormRow(form.Sections == SectionNumbering.Roman ? $"{field.Roman()}." : $"{(int)field}.", "", "", "", ""));
                origin.Add(-1);
            }
            formRows.Add(new FormRow(row.Indicator, row.Label, row.UnitOfMeasure, row.RawValue, row.Note));
            origin.Add(i);
        }
        var matches = new FormRowMatcher(catalog, variant).Match(formRows);
        var mapped = new List<MappedRow>(rows.Count);
        for (var i = 0; i < matches.Count; i++)
        {
            if (origin[i] >= 0)
            {
                mapped.Add(new(rows[origin[i]], matches[i].Indicator, matches[i].Kind));
            }
        }
        return mapped;
    }
}
