using Cchc.V1;
using CchcGrpc.Client.Tui.Shell;
using Grpc.Core;

namespace CchcGrpc.Client.Tui.Screens;

/// <summary>
/// The entry screen's local draft: every accepted cell is written to it first; a save sends it through
/// <see cref="Offline.DraftSync"/> and settles what comes back (stored, waiting for the link, a conflict
/// with a newer revision, refused); a draft left by an earlier run is restored, or compared with the
/// report when that has moved on.
/// </summary>
public sealed partial class ReportEntryScreen
{
    public override string? OpenDraft => ReadOnly ? null : Name;

    /// <summary>A save the link swallowed is sent again as soon as the link is back.</summary>
    public override void OnReconnected()
    {
        if (_queued && !ReadOnly && HasUnsavedEdits && _editor is null)
            Save(null);
    }

    /// <summary>
    /// Values typed earlier and not saved (the link dropped, the program ended) come back from the local
    /// draft. A draft made on an older revision is compared value by value with the report as it is now:
    /// values only the operator changed come back by themselves, values someone else changed too go to
    /// the conflict screen; nothing typed overwrites a newer value unseen.
    /// </summary>
    private void RestoreDraft()
    {
        if (ReadOnly || Nav.Data.Drafts.Load(Name) is not { HasChanges: true } draft)
            return;
        _queued = draft.Queued;
        if (_report is not null && draft.BaseRevision != _report.Revision)
        {
            var conflict = Offline.DraftConflict.Between(draft, _report);
            if (conflict.Values.Count > 0)
            {
                _unsettled = conflict;
                ShowConflict(conflict);
                return;
            }
            draft = conflict.Resolve(new Dictionary<string, Offline.ConflictChoice>(), Nav.Time.GetUtcNow()) with { Queued = draft.Queued };
            Nav.Data.Drafts.Save(draft);
            ApplyDraft(draft);
            Nav.Say(T.Format("draft_rebased", draft.Edits.Count));
            return;
        }
        ApplyDraft(draft);
        Nav.Say(T.Format("draft_restored", draft.Edits.Count));
    }

    private void ApplyDraft(Offline.ReportDraft draft)
    {
        foreach (var (id, value) in draft.Edits)
        {
            if (_rows.FirstOrDefault(r => r.Indicator?.Id == id) is not { } row)
                continue;
            if (row.IsChoice)
                row.TypedChoice = value.RawText;
            else
                row.TypedValue = value.RawText;
            row.TypedNote = value.Note;
        }
        // The status line keeps the sentence about the draft; the check shows in the counts.
        Preview(announce: false);
    }

    /// <summary>Writes the unsaved values to the local draft first, so nothing typed is lost if the link or the program goes.</summary>
    private Offline.ReportDraft KeepDraft()
    {
        var now = Nav.Time.GetUtcNow();
        var draft = Offline.ReportDraft.On(Name, _report?.Revision ?? 0, now) with { Queued = _queued };
        foreach (var row in _rows.Where(r => r.Changed))
            draft = draft.WithEdit(row.Indicator!.Id, Typed(row), row.Stored is null ? Offline.DraftValue.Empty : Offline.DraftValue.Of(row.Stored), now);
        // An empty draft removes the file.
        Nav.Data.Drafts.Save(draft);
        return draft;
    }

    /// <summary>A changed row's value and note as the draft keeps them.</summary>
    private static Offline.DraftValue Typed(EntryRow row) =>
        new(row.TypedChoice ?? row.TypedValue ?? (row.Stored is { Derived: false } s ? s.RawText : ""), row.Note);

    /// <summary>
    /// Drops the typed values the server now holds (those still equal to what was sent); values typed
    /// while the save was on its way stay typed, and in the draft.
    /// </summary>
    private void ForgetSent(IReadOnlyDictionary<string, Offline.DraftValue> sent)
    {
        foreach (var row in _rows.Where(r => r.Changed && sent.TryGetValue(r.Indicator!.Id, out var value) && value == Typed(r)))
        {
            row.TypedValue = null;
            row.TypedNote = null;
            row.TypedChoice = null;
        }
    }

    /// <summary>
    /// Saves the changed values (only those) on the base revision, through the local draft: it is on disk
    /// before anything is sent, waits there while the link is down (sent again on reconnect), and a newer
    /// revision on the server is settled value by value. Then runs <paramref name="then"/>.
    /// </summary>
    private void Save(Action? then)
    {
        if (ReadOnly)
        {
            Nav.Say(T["read_only"], error: true);
            return;
        }
        if (SettleFirst())
            return;
        if (_invalid.Count > 0)
        {
            JumpToFirstFinding();
            Nav.Say(T.Format("fix_invalid_first", _invalid.Count), error: true);
            return;
        }
        if (!HasUnsavedEdits)
        {
            if (then is null)
                Nav.Say(T["nothing_to_save"]);
            then?.Invoke();
            return;
        }
        _queued = true;
        var draft = KeepDraft();
        var sync = Nav.Data.Sync;
        Nav.Run(cancel => sync.SendAsync(draft, cancel), outcome => Settle(outcome, draft.Edits, draft.ChangedValues(), then));
    }

    /// <summary>What a sent draft came to: stored, waiting for the link, in conflict, or refused.</summary>
    /// <param name="edits">The operator's edits the outcome settles (what was typed when the save began).</param>
    /// <param name="sent">The values sent, in request order (a refusal names them by index).</param>
    private void Settle(Offline.DraftOutcome outcome, IReadOnlyDictionary<string, Offline.DraftValue> edits, IReadOnlyList<ValueInput> sent, Action? then)
    {
        switch (outcome.Kind)
        {
            case Offline.DraftOutcomeKind.Saved when outcome.Stored is { } stored:
                _queued = false;
                ApplySaved(stored, edits);
                Nav.Say(T.Format("saved", sent.Count, _report!.Revision));
                then?.Invoke();
                break;
            case Offline.DraftOutcomeKind.Saved:
                // Nothing was left to send: the server already holds these values on a newer revision.
                // Anything typed since stays in the draft, which the reload compares with that revision.
                _queued = false;
                ForgetSent(edits);
                KeepDraft();
                Load();
                Nav.Say(T["saved_same"]);
                break;
            case Offline.DraftOutcomeKind.Pending:
                Nav.Say(T.Format("kept_offline", sent.Count), error: true);
                break;
            case Offline.DraftOutcomeKind.Conflicted:
                ShowConflict(outcome.Conflict!);
                break;
            default:
                // Refused (a value the server cannot read, a report no longer editable): kept, not resent by
                // itself. A sign-in that expired is not the values' fault: they stay queued for the next one.
                _queued = outcome.Error!.StatusCode == StatusCode.Unauthenticated;
                KeepDraft();
                if (!MarkInvalid(outcome.Error!, sent))
                    Nav.Say(Nav.Describe(outcome.Error!), error: true);
                break;
        }
    }

    /// <summary>True (and the conflict screen shown again) while a draft's conflict waits to be settled.</summary>
    private bool SettleFirst()
    {
        if (_unsettled is null || ReadOnly)
            return false;
        ShowConflict(_unsettled);
        Nav.Say(T["conflict_first"], error: true);
        return true;
    }

    private void ShowConflict(Offline.DraftConflict conflict) =>
        Nav.Push(new ConflictScreen(conflict, id => _rows.FirstOrDefault(r => r.Indicator?.Id == id), (outcome, sent) =>
        {
            _unsettled = null;
            if (outcome.Kind == Offline.DraftOutcomeKind.Saved && outcome.Stored is null)
            {
                // Every conflict settled with their values: nothing of mine was left to send.
                _queued = false;
                ForgetSent(conflict.Draft.Edits);
                KeepDraft();
                Load();
                return;
            }
            Settle(outcome, conflict.Draft.Edits, sent, null);
        }));

    private void ApplySaved(UpdateReportValuesResponse response, IReadOnlyDictionary<string, Offline.DraftValue> edits)
    {
        ForgetSent(edits);
        _report = response.Report;
        var values = _report.Values.ToDictionary(v => v.IndicatorId, StringComparer.Ordinal);
        foreach (var row in _rows.Where(r => r.Indicator is not null))
        {
            row.Stored = values.GetValueOrDefault(row.Indicator!.Id);
            row.Preview = null;
        }
        DerivedEstimates.Clear(_rows);
        _findings.Clear();
        _findings.AddRange(response.Findings);
        // What was typed meanwhile is now a draft on the stored revision.
        KeepDraft();
        if (HasUnsavedEdits)
            Preview(announce: false);
    }
}
