using CchcGrpc.Server.Domain.Catalog;
using CchcGrpc.Server.Domain.Numbers;
using static CchcGrpc.Server.Domain.Numbers.VietnameseNumber;

using CchcGrpc.Server.Domain.Units;

namespace CchcGrpc.Server.Domain.Validation;

/// <summary>
/// Checks one unit's report for one period: each cell on its own, then derived values left empty,
/// then the catalog rules that apply at the unit's level.
/// </summary>
public sealed class ReportValidator(IndicatorCatalog catalog)
{
    public IndicatorCatalog Catalog { get; } = catalog;

    /// <param name="values">Entered values by indicator id; absent means not reported.</param>
    public ValidationResult Validate(UnitLevel level, IReadOnlyDictionary<string, CellValue> values)
    {
        var findings = new List<Finding>();
        foreach (var (id, cell) in values)
        {
            if (!Catalog.TryGet(id, out var indicator))
            {
                findings.Add(new(CheckIds.Unknown, FindingKind.UnknownIndicator, Severity.Error, [id],
                    $"Chỉ tiêu '{id}' không có trong danh mục chỉ tiêu phiên bản {Catalog.Version}.") { Raw = cell.Raw });
                continue;
            }

            findings.AddRange(CellChecks.Check(Catalog, indicator, cell, level));
            if (cell.Kind == CellKind.Ambiguous && indicator.Type is not (IndicatorType.Group or IndicatorType.Text))
            {
                findings.Add(AmbiguityAdvisor.Check(Catalog, level, values, indicator, cell));
            }
        }

        var derived = DerivedValues.Compute(Catalog, level, values);
        foreach (var value in derived.Where(d => !d.WasReported))
        {
            var indicator = Catalog[value.IndicatorId];
            var shown = indicator.Type == IndicatorType.Percent ? Format(value.Value) + "%" : Format(value.Value);
            findings.Add(new(CheckIds.DerivedNotReported, FindingKind.DerivedNotReported, Severity.Warning,
                [indicator.Id, .. indicator.FormulaExpression!.IndicatorIds()],
                $"Chỉ tiêu {indicator.Id} ({indicator.Name}) chưa có số liệu; tính từ các chỉ tiêu thành phần ({indicator.Formula}) được {shown}.")
            {
                Computed = value.Value,
            });
        }

        findings.AddRange(RuleChecks.Check(Catalog, level, values));
        return new(findings, derived);
    }

    /// <summary>Same, from cells as typed: each is read with <see cref="VietnameseNumber.Parse"/>.</summary>
    public ValidationResult Validate(UnitLevel level, IReadOnlyDictionary<string, string?> rawValues) =>
        Validate(level, rawValues.ToDictionary(v => v.Key, v => Parse(v.Value)));
}
