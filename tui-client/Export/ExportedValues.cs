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

    public static IReadOnlyList<SourceRow> FromRollUp(RollUpResponse rollUp, IReadOnlyDictionary<string, Indicator> catalog) =>
        rollUp.Values
            .Where(v => v.Number.Length > 0)
            .Select(v => new SourceRow(0, rollUp.UnitCode, rollUp.PeriodId, v.IndicatorId,
                VietnameseNumber.Format(v.Number, catalog.TryGetValue(v.IndicatorId, out var i) && i.ValueType == Cchc.V1.ValueType.Percent), ""))
            .ToList();

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
