using Cchc.V1;

namespace CchcGrpc.Client.Tui.Offline;

/// <summary>
/// The operator's edits to one report that the server may not have yet: each edited indicator's value as
/// typed, and its value at the base revision the edits were made on. Only values that differ from their
/// base are sent, with that revision (so a newer revision on the server is noticed, never overwritten).
/// Immutable; <see cref="DraftStore"/> keeps it on disk.
/// </summary>
public sealed record ReportDraft
{
    /// <summary>"reports/{unit_code}/{period_id}".</summary>
    public required string ReportName { get; init; }

    /// <summary>The report revision the edits were made on (0: the report did not exist yet).</summary>
    public required long BaseRevision { get; init; }

    /// <summary>Each edited indicator's value at <see cref="BaseRevision"/>.</summary>
    public required IReadOnlyDictionary<string, DraftValue> Base { get; init; }

    /// <summary>Each edited indicator's value as the operator left it.</summary>
    public required IReadOnlyDictionary<string, DraftValue> Edits { get; init; }

    /// <summary>
    /// The operator asked to save it and the server has not stored it yet: it is sent again on reconnect
    /// (<see cref="DraftSync.ResendAllAsync(Func{string, bool}, CancellationToken)"/>). A draft that is only
    /// kept (typed, not saved) waits for the operator, who finds it again when the report is opened.
    /// </summary>
    public bool Queued { get; init; }

    /// <summary>When the last edit was made.</summary>
    public required DateTimeOffset UpdatedAt { get; init; }

    /// <summary>A draft with no edits on a report as shown (its revision and values are the base).</summary>
    public static ReportDraft On(string reportName, long revision, DateTimeOffset now) => new()
    {
        ReportName = reportName,
        BaseRevision = revision,
        Base = new Dictionary<string, DraftValue>(StringComparer.Ordinal),
        Edits = new Dictionary<string, DraftValue>(StringComparer.Ordinal),
        UpdatedAt = now,
    };

    /// <summary>
    /// The draft with one more edit. <paramref name="shown"/> is the value the report held at the base
    /// revision (what the screen showed before the first edit of this indicator); typing the base value
    /// back removes the edit.
    /// </summary>
    public ReportDraft WithEdit(string indicatorId, DraftValue value, DraftValue shown, DateTimeOffset now)
    {
        var bases = new Dictionary<string, DraftValue>(Base, StringComparer.Ordinal);
        var edits = new Dictionary<string, DraftValue>(Edits, StringComparer.Ordinal);
        DraftValue baseValue = bases.TryGetValue(indicatorId, out DraftValue? known) ? known : shown;
        if (value == baseValue)
        {
            edits.Remove(indicatorId);
            bases.Remove(indicatorId);
        }
        else
        {
            bases[indicatorId] = baseValue;
            edits[indicatorId] = value;
        }
        return this with { Base = bases, Edits = edits, UpdatedAt = now };
    }

    /// <summary>Whether anything is left to send.</summary>
    public bool HasChanges => Edits.Count > 0;

    /// <summary>The values to send: the edited ones, in indicator order.</summary>
    public IReadOnlyList<ValueInput> ChangedValues() =>
        [.. Edits.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => e.Value.ToInput(e.Key))];

    /// <summary>The update request that sends the changes.</summary>
    public UpdateReportValuesRequest ToRequest() => new() { Name = ReportName, BaseRevision = BaseRevision, Values = { ChangedValues() } };
}
