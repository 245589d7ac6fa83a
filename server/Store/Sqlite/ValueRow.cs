using System.Globalization;
using CchcGrpc.Server.Domain.Numbers;
using CchcGrpc.Server.Domain.Reports;

namespace CchcGrpc.Server.Store.Sqlite;

/// <summary>A report_values row joined to its indicator key.</summary>
internal sealed class ValueRow
{
    public const string Select = """
        SELECT v.report_id AS ReportId, i.key AS IndicatorId, v.state AS State, v.number AS Number, v.text AS Text,
               v.raw_text AS RawText, v.note AS Note, v.derived AS Derived
        FROM report_values v JOIN indicators i ON i.id = v.indicator_id
        """;

    public long ReportId { get; set; }

    public string IndicatorId { get; set; } = "";

    public long State { get; set; }

    public string? Number { get; set; }

    public string? Text { get; set; }

    public string RawText { get; set; } = "";

    public string? Note { get; set; }

    public long Derived { get; set; }

    public ReportValue ToValue() => new(
        IndicatorId,
        (ValueState)State,
        Number is null ? null : decimal.Parse(Number, NumberStyles.Number, CultureInfo.InvariantCulture),
        Text,
        RawText,
        Note,
        Derived != 0);

    public static string? FormatNumber(decimal? number) => number is { } n ? InvariantNumber.Format(n) : null;
}
