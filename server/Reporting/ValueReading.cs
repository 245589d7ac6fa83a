using System.Globalization;
using CchcGrpc.Server.Domain.Catalog;
using CchcGrpc.Server.Domain.Numbers;
using CchcGrpc.Server.Domain.Reports;
using CchcGrpc.Server.Domain.Text;

namespace CchcGrpc.Server.Reporting;

/// <summary>
/// Turns what an operator typed into a stored value for one indicator, or says why it cannot be
/// stored. Doubtful numbers (ambiguous grouping, composite cells) are kept as typed with no
/// number, so validation flags them and nothing is guessed.
/// </summary>
public static class ValueReading
{
    public const int MaxRawLength = 200;
    public const int MaxNoteLength = 2000;
    public const int MaxTextLength = 10_000;

    private static readonly (ReportValue?, LocalizedText?) TooLong = (null, new(
        $"Giá trị dài quá {MaxRawLength} ký tự; hãy ghi phần giải thích vào ghi chú.", $"The value is longer than {MaxRawLength} characters; put explanations in the note."));

    /// <summary>The stored value, or the reason it cannot be, for a field violation.</summary>
    public static (ReportValue? Value, LocalizedText? Problem) FromRaw(Indicator indicator, string raw, string? note) =>
        raw.Length > MaxRawLength ? TooLong : FromCell(indicator, raw, VietnameseNumber.Parse(raw), note);

    /// <summary>As <see cref="FromRaw"/>, for a caller that has already read the cell (an import reads it once).</summary>
    public static (ReportValue? Value, LocalizedText? Problem) FromCell(Indicator indicator, string raw, CellValue cell, string? note)
    {
        if (raw.Length > MaxRawLength)
        {
            return TooLong;
        }
        return cell.Kind switch
        {
            CellKind.NotReported => (ReportValue.NotReported(indicator.Id) with { Note = note }, null),
            CellKind.NotApplicable => (new ReportValue(indicator.Id, ValueState.NotApplicable, null, null, raw, note), null),
            CellKind.Number or CellKind.Percent => FromNumber(indicator, cell.Value!.Value, raw, note),
            CellKind.Ambiguous or CellKind.Composite when indicator.IsNumeric =>
                (new ReportValue(indicator.Id, ValueState.Reported, null, null, raw, note), null),
            _ when indicator.Type == IndicatorType.Text => (new ReportValue(indicator.Id, ValueState.Reported, null, raw, raw, note), null),
            _ => (null, new($"'{raw}' không phải giá trị của {Describe(indicator).Vi}; hãy ghi phần giải thích vào ghi chú.",
                $"'{raw}' is not a value of this {Describe(indicator).En}; write explanations in the note.")),
        };
    }

    /// <summary>A value given as state and invariant decimal rather than typed text.</summary>
    public static (ReportValue? Value, LocalizedText? Problem) FromParts(Indicator indicator, ValueState state, string number, string text, string? note)
    {
        switch (state)
        {
            case ValueState.NotReported:
                return (ReportValue.NotReported(indicator.Id) with { Note = note }, null);
            case ValueState.NotApplicable:
                return (new ReportValue(indicator.Id, ValueState.NotApplicable, null, null, "/", note), null);
        }
        if (indicator.Type == IndicatorType.Text)
        {
            return text.Length > MaxTextLength
                ? (null, new($"Văn bản dài quá {MaxTextLength} ký tự.", $"The text is longer than {MaxTextLength} characters."))
                : (new ReportValue(indicator.Id, ValueState.Reported, null, text, text, note), null);
        }
        if (!decimal.TryParse(number, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            return (null, new($"number '{number}' không phải số thập phân dạng bất biến như 1909 hay 99.73.", $"number '{number}' is not an invariant decimal such as 1909 or 99.73."));
        }
        return FromNumber(indicator, value, VietnameseNumber.Format(value, 4) + (indicator.Type == IndicatorType.Percent ? "%" : ""), note);
    }

    private static (ReportValue?, LocalizedText?) FromNumber(Indicator indicator, decimal value, string raw, string? note)
    {
        LocalizedText? problem = indicator.Type switch
        {
            IndicatorType.Group => new("Dòng tiêu đề không có giá trị riêng.", "A heading row holds no value of its own."),
            IndicatorType.Text => null,
            IndicatorType.Count when value < 0 => new("Số đếm không được âm.", "A count cannot be negative."),
            IndicatorType.Count when value != decimal.Truncate(value) => new("Số đếm phải là số nguyên.", "A count is a whole number."),
            IndicatorType.Percent when value < 0 => new("Tỷ lệ phần trăm không được âm.", "A percentage cannot be negative."),
            IndicatorType.Money when value < 0 => new("Số tiền ở đây không được âm.", "An amount cannot be negative here."),
            IndicatorType.Choice when !indicator.Options.Any(o => o.Code == value) => OptionProblem(indicator, value),
            IndicatorType.YesNo when value is not (0 or 1) => new("Giá trị có/không là 1 (có) hoặc 0 (không).", "A yes/no value is 1 (có) or 0 (không)."),
            _ => null,
        };
        if (problem is not null)
        {
            return (null, problem);
        }
        return indicator.Type == IndicatorType.Text
            ? (new ReportValue(indicator.Id, ValueState.Reported, null, raw, raw, note), null)
            : (new ReportValue(indicator.Id, ValueState.Reported, value, null, raw, note), null);
    }

    private static LocalizedText OptionProblem(Indicator indicator, decimal value)
    {
        var options = string.Join(", ", indicator.Options.Select(o => $"{o.Label} = {o.Code}"));
        return new($"{value} không thuộc các lựa chọn ({options}).", $"{value} is not one of the options ({options}).");
    }

    private static LocalizedText Describe(Indicator indicator) => indicator.Type switch
    {
        IndicatorType.Choice => new("chỉ tiêu lựa chọn có mã", "coded choice"),
        IndicatorType.YesNo => new("chỉ tiêu có/không", "yes/no indicator"),
        IndicatorType.Group => new("dòng tiêu đề", "heading row"),
        _ => new("chỉ tiêu số", "number indicator"),
    };

    /// <summary>The cell the validator reads for a stored value.</summary>
    public static CellValue ToCell(ReportValue value) =>
        value.RawText.Length > 0 || value.Number is null
            ? VietnameseNumber.Parse(value.RawText)
            : CellValue.FromNumber(value.Number.Value, 4);
}
