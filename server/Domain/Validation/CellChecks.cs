using CchcGrpc.Server.Domain.Catalog;
using CchcGrpc.Server.Domain.Numbers;
using static CchcGrpc.Server.Domain.Numbers.VietnameseNumber;

using CchcGrpc.Server.Domain.Units;

namespace CchcGrpc.Server.Domain.Validation;

/// <summary>Checks one cell against its indicator: is it a number of the right kind at all?</summary>
internal static class CellChecks
{
    public static IEnumerable<Finding> Check(IndicatorCatalog catalog, Indicator indicator, CellValue cell, UnitLevel level)
    {
        var id = indicator.Id;
        // Named only when something is said about the row: most cells pass every check.
        string Row() => RowNames.Of(catalog, indicator, level);
        if (cell.Kind is CellKind.NotReported or CellKind.NotApplicable || indicator.Type == IndicatorType.Text)
        {
            yield break;
        }

        if (!indicator.AppliesTo(level))
        {
            yield return Cell(CheckIds.NotOnForm, FindingKind.NotOnForm, Severity.Warning, id, cell,
                $"Chỉ tiêu {Row()} không có trong biểu mẫu của cấp này; số liệu '{cell.Raw}' sẽ không được tổng hợp.");
        }

        if (indicator.Type == IndicatorType.Group)
        {
            yield return Cell(CheckIds.GroupRow, FindingKind.ValueInGroupRow, Severity.Warning, id, cell,
                $"Dòng {Row()} ({indicator.Name}) là tiêu đề nhóm, không nhập số liệu; giá trị '{cell.Raw}' không được sử dụng.");
            yield break;
        }

        switch (cell.Kind)
        {
            case CellKind.Text:
                var hint = cell.NumberInText is { } n ? $" Ô có số {Format(n)}: nếu đó là số liệu, nhập riêng số này và chuyển phần chữ sang cột Ghi chú." : "";
                yield return Cell(CheckIds.Text, FindingKind.TextInNumberCell, Severity.Error, id, cell,
                    $"Chỉ tiêu {Row()} cần số liệu ({Unit(indicator)}) nhưng ô ghi chữ: '{cell.Raw.Trim()}'.{hint}");
                yield break;
            case CellKind.Composite:
                yield return Cell(CheckIds.Composite, FindingKind.CompositeInNumberCell, Severity.Error, id, cell,
                    $"Chỉ tiêu {Row()} nhận một số liệu nhưng ô ghi hai số: '{cell.Raw.Trim()}'.");
                yield break;
            case CellKind.Ambiguous:
                yield break; // AmbiguityAdvisor reports it, with what each reading would mean.
        }

        var value = cell.Value!.Value;
        if (cell.HasPercentSign && indicator.Type != IndicatorType.Percent)
        {
            yield return Cell(CheckIds.PercentSign, FindingKind.PercentSignMismatch, Severity.Warning, id, cell,
                $"Chỉ tiêu {Row()} tính bằng {Unit(indicator)}, không phải %, nhưng ô ghi '{cell.Raw.Trim()}'.");
        }

        if (indicator.Type == IndicatorType.Count && (value < 0 || value != decimal.Truncate(value)))
        {
            yield return Cell(CheckIds.Count, FindingKind.InvalidCount, Severity.Error, id, cell,
                $"Chỉ tiêu {Row()} đếm {Unit(indicator)} nên phải là số nguyên không âm, nhưng ô ghi '{cell.Raw.Trim()}'.");
        }

        if (indicator.Type is IndicatorType.Choice or IndicatorType.YesNo && !indicator.Options.Any(o => o.Code == value))
        {
            var options = string.Join(", ", indicator.Options.Select(o => $"{o.Label} = {o.Code}"));
            yield return Cell(CheckIds.Choice, FindingKind.InvalidChoice, Severity.Error, id, cell,
                $"Chỉ tiêu {Row()} chỉ nhận các mã: {options}; ô ghi '{cell.Raw.Trim()}'.");
        }

        if (Plausibility.Check(indicator, value, level) is { } implausible)
        {
            yield return Cell(CheckIds.Plausible, FindingKind.ImplausibleValue, Severity.Warning, id, cell, implausible);
        }
    }

    public static string Unit(Indicator indicator) => indicator.Unit.Length > 0 ? indicator.Unit : "mã lựa chọn";

    private static Finding Cell(string checkId, FindingKind kind, Severity severity, string id, CellValue cell, string message) =>
        new(checkId, kind, severity, [id], message) { Raw = cell.Raw, Entered = cell.Value };
}
