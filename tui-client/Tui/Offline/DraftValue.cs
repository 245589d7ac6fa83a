using Cchc.V1;

namespace CchcGrpc.Client.Tui.Offline;

/// <summary>A value as the operator types it: the raw text ("1.909", "99,73%", "" = not reported) and the note.</summary>
public sealed record DraftValue(string RawText, string Note)
{
    /// <summary>Not reported, no note.</summary>
    public static DraftValue Empty { get; } = new("", "");

    /// <summary>The value a report holds for an indicator.</summary>
    public static DraftValue Of(IndicatorValue value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new DraftValue(value.RawText, value.Note);
    }

    /// <summary>The value as the server is sent it.</summary>
    public ValueInput ToInput(string indicatorId) => new() { IndicatorId = indicatorId, RawText = RawText, Note = Note };
}
