using Cchc.V1;
using CchcGrpc.Client.Import;

namespace CchcGrpc.Client.Export;

/// <summary>
/// A report's or a roll-up's values as long rows. A stored value is exported as the raw text it
/// was entered with, so importing the file again restores exactly the same texts, notes and states
/// ("/" not applicable, "" not reported).
/// </summary>
public static class ExportedValues
{
    public static IReadOnlyList<SourceRow> FromReport(Report report) =>
        report.Values
            // A value the server derived from its parts is recomputed from them on import;
            // exporting it would turn it into an entered value.
            .Where(v => !v.Derived)
            .Select(v => new SourceRow(0, report.UnitCode, report.PeriodId, v.IndicatorId, RawText(v), v.Note))
            .ToList();

    /// <summary>Note on a rolled-up choice row, saying what the counts in its value are.</summary>
    public const string DistributionNote = "Số đơn vị theo từng lựa chọn";

    /// <summary>
    /// Rolled-up numbers in the Vietnamese format; choice and yes/no indicators, which have no sum,
    /// as the number of units per option (<see cref="ChoiceCounts"/>). Rows nobody contributed to are left out.
    /// </summary>
    public static IReadOnlyList<SourceRow> FromRollUp(RollUpResponse rollUp, IReadOnlyDictionary<string, Indicator> catalog) =>
        rollUp.Values
            .Select(v => (Value: v, Indicator: catalog.GetValueOrDefault(v.IndicatorId)))
            .Where(x => x.Value.Number.Length > 0 || IsDistribution(x.Value))
            .Select(x => IsDistribution(x.Value)
                ? new SourceRow(0, rollUp.UnitCode, rollUp.PeriodId, x.Value.IndicatorId, ChoiceCounts.Format(x.Value, x.Indicator), DistributionNote)
                : new SourceRow(0, rollUp.UnitCode, rollUp.PeriodId, x.Value.IndicatorId,
                    VietnameseNumber.Format(x.Value.Number, x.Indicator?.ValueType == Cchc.V1.ValueType.Percent), ""))
            .ToList();

    // A choice with at least one unit counted; one nobody answered has nothing to show, like an empty sum.
    private static bool IsDistribution(RolledUpValue value) =>
        value.Number.Length == 0 && (value.Aggregation == "distribution" || value.Distribution.Count > 0) && value.Distribution.Values.Any(n => n > 0);

    public static string RawText(IndicatorValue value)
    {
        if (value.RawText.Length > 0)
            return value.RawText;
        return value.State switch
        {
            ValueState.NotApplicable => "/",
            ValueState.Reported => value.Text.Length > 0 ? value.Text : VietnameseNumber.Format(value.Number, false),
            _ => "",
        };
    }
}
