using CchcGrpc.Server.Domain.Catalog;
using CchcGrpc.Server.Domain.Numbers;
using CchcGrpc.Server.Domain.Reports;
using CchcGrpc.Server.Domain.Units;
using CchcGrpc.Server.Domain.Validation;

namespace CchcGrpc.Server.Reporting;

/// <summary>
/// A report's values as the catalog sees them: merging changes, recomputing derived values
/// (percentages and totals from their parts) and validating the whole.
/// </summary>
public static class ReportContent
{
    /// <summary>
    /// The values after applying <paramref name="changes"/> to <paramref name="current"/>, with every
    /// formula indicator the operator did not enter recomputed (or cleared when its parts are gone).
    /// </summary>
    public static IReadOnlyList<ReportValue> Merge(IndicatorCatalog catalog, UnitLevel level, IEnumerable<ReportValue> current, IEnumerable<ReportValue> changes) =>
        Merge(catalog, level, current, changes, out _);

    /// <summary>
    /// <see cref="Merge"/>, then <see cref="Validate"/> of the result, reading each entered cell once
    /// rather than twice: an import does both for every report it plans.
    /// </summary>
    public static (IReadOnlyList<ReportValue> Values, ValidationResult Validation) MergeAndValidate(
        IndicatorCatalog catalog, UnitLevel level, IEnumerable<ReportValue> current, IEnumerable<ReportValue> changes)
    {
        var values = Merge(catalog, level, current, changes, out var entered);
        // In the merged (indicator) order, as Validate would build it: findings come out in that order.
        var cells = new Dictionary<string, CellValue>(values.Count, StringComparer.Ordinal);
        foreach (var value in values)
        {
            // A derived value may have replaced an entered one of the same indicator: read it anew.
            cells[value.IndicatorId] = !value.Derived && entered.TryGetValue(value.IndicatorId, out var cell) ? cell : ValueReading.ToCell(value);
        }
        return (values, new ReportValidator(catalog).Validate(level, cells));
    }

    private static IReadOnlyList<ReportValue> Merge(
        IndicatorCatalog catalog, UnitLevel level, IEnumerable<ReportValue> current, IEnumerable<ReportValue> changes, out Dictionary<string, CellValue> entered)
    {
        var merged = current.ToDictionary(v => v.IndicatorId, StringComparer.Ordinal);
        foreach (var change in changes)
        {
            merged[change.IndicatorId] = change;
        }
        entered = merged.Values.Where(v => !v.Derived).ToDictionary(v => v.IndicatorId, ValueReading.ToCell, StringComparer.Ordinal);
        var derived = DerivedValues.Compute(catalog, level, entered).Where(d => !d.WasReported).ToDictionary(d => d.IndicatorId);
        foreach (var stale in merged.Values.Where(v => v.Derived && !derived.ContainsKey(v.IndicatorId)).ToList())
        {
            merged[stale.IndicatorId] = ReportValue.NotReported(stale.IndicatorId);
        }
        foreach (var (id, value) in derived)
        {
            var percent = catalog[id].Type == IndicatorType.Percent;
            var rounded = Math.Round(value.Value, percent ? 2 : 4, MidpointRounding.AwayFromZero);
            merged[id] = new ReportValue(id, ValueState.Reported, rounded, null, VietnameseNumber.Format(rounded, percent ? 2 : 4) + (percent ? "%" : ""), merged.GetValueOrDefault(id)?.Note, Derived: true);
        }
        return [.. merged.Values.OrderBy(v => v.IndicatorId, StringComparer.Ordinal)];
    }

    /// <summary>The merged values a write must store: new ones and those that differ from what is stored.</summary>
    public static List<ReportValue> Differing(IEnumerable<ReportValue> merged, IReadOnlyDictionary<string, ReportValue> stored) =>
        [.. merged.Where(v => !stored.TryGetValue(v.IndicatorId, out var old) || !old.SameAs(v))];

    public static ValidationResult Validate(IndicatorCatalog catalog, UnitLevel level, IEnumerable<ReportValue> values) =>
        new ReportValidator(catalog).Validate(level, values.ToDictionary(v => v.IndicatorId, ValueReading.ToCell, StringComparer.Ordinal));

    /// <summary>A warning is acknowledged when one of its indicators carries a note.</summary>
    public static bool IsAcknowledged(Finding finding, IReadOnlyDictionary<string, ReportValue> values) =>
        finding.IndicatorIds.Any(id => !string.IsNullOrWhiteSpace(values.GetValueOrDefault(id)?.Note));

    /// <summary>The form variant whose numbering a unit of this level knows.</summary>
    public static string VariantFor(UnitLevel level) => level == UnitLevel.Department ? "department" : "province";
}
