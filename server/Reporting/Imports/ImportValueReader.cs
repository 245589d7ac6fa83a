using Cchc.V1;
using Indicator = CchcGrpc.Server.Domain.Catalog.Indicator;
using CchcGrpc.Server.Domain.Catalog;
using CchcGrpc.Server.Domain.Numbers;
using CchcGrpc.Server.Domain.Reports;
using ValueState = CchcGrpc.Server.Domain.Reports.ValueState;

namespace CchcGrpc.Server.Reporting.Imports;

/// <summary>
/// Reads a source cell the way an import must: what an operator typed is kept, never guessed. Unlike
/// an edit, words in a number cell ("Đang triển khai 06") are not refused, because the source
/// document says so and the import must not lose it: they are kept as the value's text with the
/// state not reported, and the row is flagged.
/// </summary>
public static class ImportValueReader
{
    public static ReadValue Read(Indicator indicator, ImportRow row)
    {
        var raw = row.RawValue.Trim();
        var note = row.Note.Trim().Length == 0 ? null : row.Note.Trim();
        if (indicator.Type == IndicatorType.Group)
        {
            return raw.Length == 0 && note is null
                ? new(null, null, null)
                : new(null, $"{indicator.Id} is a heading row; its value '{raw}' was not stored (headings hold no value of their own).", null);
        }
        var cell = VietnameseNumber.Parse(raw);
        var (value, problem) = ValueReading.FromCell(indicator, raw, cell, note);
        var kind = cell.Kind;
        if (problem is null)
        {
            return kind is CellKind.Ambiguous or CellKind.Composite && indicator.IsNumeric
                ? new(value, $"'{raw}' can be read more than one way; kept as written with no number.", null)
                : new(value, null, null);
        }
        return kind == CellKind.Text
            ? new(new ReportValue(indicator.Id, ValueState.NotReported, null, raw, raw, note),
                $"'{raw}' is words, not a value of {indicator.Id}; kept as its text, not reported.", null)
            : new(null, null, $"{indicator.Id}: {problem.En}");
    }
}
