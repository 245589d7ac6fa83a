namespace CchcGrpc.Server.Domain.Reports;

/// <summary>
/// One indicator's value in a report: the typed value, the text exactly as entered, and a note.
/// </summary>
/// <param name="Number">The exact value of numeric and choice indicators.</param>
/// <param name="Text">The value of a text indicator, or text found in a number cell.</param>
/// <param name="RawText">What the operator typed or the import read ("1.909", "99,73%", "/").</param>
/// <param name="Derived">Computed by the server from the indicator's parts.</param>
public sealed record ReportValue(string IndicatorId, ValueState State, decimal? Number, string? Text, string RawText, string? Note, bool Derived = false)
{
    public static ReportValue NotReported(string indicatorId) => new(indicatorId, ValueState.NotReported, null, null, "", null);

    /// <summary>Same stored content: a re-import of the same data changes nothing.</summary>
    public bool SameAs(ReportValue other) =>
        State == other.State && Number == other.Number && Text == other.Text &&
        RawText == other.RawText && (Note ?? "") == (other.Note ?? "") && Derived == other.Derived;
}
