using CchcGrpc.Server.Domain.Catalog;
using CchcGrpc.Server.Domain.Numbers;
using CchcGrpc.Server.Domain.Rules;

using CchcGrpc.Server.Domain.Units;

namespace CchcGrpc.Server.Domain.Validation;

/// <summary>
/// Reports an ambiguous number with what each reading would mean for the rest of the report.
/// It never picks one: the finding is an error until the unit writes the number unambiguously.
/// </summary>
internal static class AmbiguityAdvisor
{
    public static Finding Check(IndicatorCatalog catalog, UnitLevel level, IReadOnlyDictionary<string, CellValue> values, Indicator indicator, CellValue cell)
    {
        var rules = catalog.RulesReading(indicator.Id).Where(r => r.IndicatorIds.All(id => catalog[id].AppliesTo(level))).ToList();
        var checks = cell.Readings.Select(reading => Assess(catalog, values, indicator, reading, rules, level)).ToList();
        var explained = checks.Count == 0
            ? " Không xác định được cách đọc nào."
            : " Có thể hiểu là: " + string.Join("; ", checks.Select((c, i) => $"({i + 1}) {c.Reading.Explanation}{Verdict(indicator, c)}")) + ".";
        var message = $"Số liệu '{cell.Raw.Trim()}' của chỉ tiêu {RowNames.Of(catalog, indicator, level)} không rõ ràng: trong số liệu tiếng Việt dấu chấm "
                      + $"phân cách hàng nghìn theo nhóm 3 chữ số, dấu phẩy là dấu thập phân.{explained} Đơn vị cần nhập lại số liệu chính xác.";
        return new(CheckIds.Ambiguous, FindingKind.AmbiguousNumber, Severity.Error, [indicator.Id], message)
        {
            Raw = cell.Raw,
            Readings = checks,
        };
    }

    private static ReadingCheck Assess(IndicatorCatalog catalog, IReadOnlyDictionary<string, CellValue> values, Indicator indicator,
        NumberReading reading, List<ValidationRule> rules, UnitLevel level)
    {
        var asEntered = CellValue.FromNumber(reading.Value, reading.Decimals, indicator.Type == IndicatorType.Percent);
        var fitsType = !CellChecks.Check(catalog, indicator, asEntered, level).Any(f => f.Kind is FindingKind.InvalidCount or FindingKind.InvalidChoice or FindingKind.ImplausibleValue);
        var failed = new List<string>();
        var passed = new List<string>();
        foreach (var rule in rules)
        {
            var resolve = Operands.Resolver(catalog, values, rule.Missing);
            var outcome = ExpressionEvaluator.Check(rule.Expression,
                id => id == indicator.Id ? Operands.Of(indicator, reading.Value, reading.Decimals) : resolve(id));
            (outcome.Verdict == RuleVerdict.Failed ? failed : outcome.Verdict == RuleVerdict.Passed ? passed : null)?.Add(rule.Id);
        }

        return new(reading, fitsType, failed, passed);
    }

    private static string Verdict(Indicator indicator, ReadingCheck check)
    {
        var notes = new List<string>();
        if (!check.FitsType) notes.Add($"không hợp với chỉ tiêu ({CellChecks.Unit(indicator)})");
        if (check.FailedRules.Count > 0) notes.Add("trái quy tắc " + string.Join(", ", check.FailedRules));
        if (check.IsConsistent && check.PassedRules.Count > 0) notes.Add("khớp quy tắc " + string.Join(", ", check.PassedRules));
        return notes.Count == 0 ? "" : " — " + string.Join("; ", notes);
    }
}
