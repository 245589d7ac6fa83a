using System.Globalization;
using CchcGrpc.Server.Domain.Reports;
using CchcGrpc.Server.Domain.Validation;

namespace CchcGrpc.Server.Domain.Plans;

/// <summary>
/// Compares a report's typed I.2.1 / I.2.2 / I.2 with what the unit's plan gives for the period.
/// A disagreement is a warning (the report may be right and the plan's progress behind): it names
/// both numbers, and a note on the indicator acknowledges it, as for other warnings.
/// </summary>
public static class PlanReportCheck
{
    public const string CheckPrefix = "plan.";

    /// <param name="unparsedLines">Lines of the plan's document its import could not take. With any, the plan's
    /// numbers may fall short of the real plan, so a disagreement is only information (it blocks nothing) and says why.</param>
    /// <summary>
    /// Whether a report has a typed value the plan could contradict (I.2.1, I.2.2 or I.2 reported by hand): when
    /// it has none, <see cref="Compare"/> finds nothing, so the caller need not load the plan on every save.
    /// </summary>
    public static bool Concerns(IReadOnlyDictionary<string, ReportValue> typed) =>
        new[] { PlanCompletion.PlannedId, PlanCompletion.CompletedId, PlanCompletion.RateId }
            .Any(id => typed.TryGetValue(id, out var value) && IsTyped(value));

    private static bool IsTyped(ReportValue value) => value.State == ValueState.Reported && value.Number is not null && !value.Derived;

    public static IReadOnlyList<Finding> Compare(PlanCompletion plan, IReadOnlyDictionary<string, ReportValue> typed, int unparsedLines = 0)
    {
        var severity = unparsedLines > 0 ? Severity.Info : Severity.Warning;
        var caveat = unparsedLines > 0 ? $" Kế hoạch đã nhập còn {unparsedLines} dòng chưa đọc được nên số của kế hoạch có thể thiếu." : "";
        var findings = new List<Finding>();
        Check(PlanCompletion.PlannedId, plan.Planned, "số hoạt động của kế hoạch", isRate: false);
        Check(PlanCompletion.CompletedId, plan.Completed, "số hoạt động đã hoàn thành theo tiến độ kế hoạch", isRate: false);
        if (plan.Rate is { } rate)
        {
            Check(PlanCompletion.RateId, rate, "tỷ lệ hoàn thành theo tiến độ kế hoạch", isRate: true);
        }
        return findings;

        void Check(string id, decimal derived, string what, bool isRate)
        {
            if (!typed.TryGetValue(id, out var value) || !IsTyped(value) || value.Number is not { } entered)
            {
                return;
            }
            if (Math.Abs(entered - derived) <= (isRate ? HalfLastDigit(entered) : 0m))
            {
                return;
            }
            var shown = isRate ? $"{Format(derived)}%" : Format(derived);
            var typedShown = isRate ? $"{Format(entered)}%" : Format(entered);
            findings.Add(new Finding(CheckPrefix + id, FindingKind.DisagreesWithPlan, severity, [id],
                $"{id}: báo cáo ghi {typedShown}, kế hoạch CCHC cho {shown} ({what}).{caveat}")
            {
                Entered = entered,
                Computed = derived,
            });
        }
    }

    /// <summary>A percentage written with d decimals stands for ±0,5·10⁻ᵈ, as the validator reads it.</summary>
    private static decimal HalfLastDigit(decimal value)
    {
        var scale = (decimal.GetBits(value)[3] >> 16) & 0xFF;
        var half = 0.5m;
        for (var i = 0; i < scale; i++)
        {
            half /= 10;
        }
        return half;
    }

    private static string Format(decimal value) => value.ToString("0.##", CultureInfo.GetCultureInfo("vi-VN"));
}
