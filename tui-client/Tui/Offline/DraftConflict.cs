using Cchc.V1;

namespace CchcGrpc.Client.Tui.Offline;

/// <summary>
/// A draft against a newer revision of its report, value by value: indicators only I changed are merged
/// by themselves; indicators we both changed to the same value need nothing; the rest are
/// <see cref="Values"/> for the operator to settle (mine, theirs or base each) before the draft is sent again.
/// </summary>
public sealed record DraftConflict(ReportDraft Draft, Report Current, IReadOnlyList<ValueConflict> Values, IReadOnlyList<string> MergedByThemselves)
{
    /// <summary>Compares a draft with the report as the server now holds it.</summary>
    public static DraftConflict Between(ReportDraft draft, Report current)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(current);
        Dictionary<string, DraftValue> theirs = current.Values.ToDictionary(v => v.IndicatorId, DraftValue.Of, StringComparer.Ordinal);
        var conflicts = new List<ValueConflict>();
        var merged = new List<string>();
        foreach ((string id, DraftValue mine) in draft.Edits.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            DraftValue baseValue = draft.Base.GetValueOrDefault(id, DraftValue.Empty);
            DraftValue theirValue = theirs.GetValueOrDefault(id, DraftValue.Empty);
            if (theirValue == baseValue || theirValue == mine)
            {
                merged.Add(id);
            }
            else
            {
                conflicts.Add(new ValueConflict(id, baseValue, mine, theirValue));
            }
        }
        return new DraftConflict(draft, current, conflicts, merged);
    }

    /// <summary>
    /// The draft on the current revision with every conflict settled: the values I alone changed, and for
    /// each conflict mine, theirs (no edit) or the base. Every conflict needs a choice.
    /// </summary>
    public ReportDraft Resolve(IReadOnlyDictionary<string, ConflictChoice> choices, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(choices);
        if (Values.FirstOrDefault(v => !choices.ContainsKey(v.IndicatorId)) is { } open)
        {
            throw new ArgumentException($"no choice for {open.IndicatorId}", nameof(choices));
        }
        Dictionary<string, DraftValue> theirs = Current.Values.ToDictionary(v => v.IndicatorId, DraftValue.Of, StringComparer.Ordinal);
        ReportDraft rebased = ReportDraft.On(Draft.ReportName, Current.Revision, now);
        foreach (string id in MergedByThemselves)
        {
            rebased = rebased.WithEdit(id, Draft.Edits[id], theirs.GetValueOrDefault(id, DraftValue.Empty), now);
        }
        foreach (ValueConflict conflict in Values)
        {
            DraftValue chosen = choices[conflict.IndicatorId] switch
            {
                ConflictChoice.Mine => conflict.Mine,
                ConflictChoice.Theirs => conflict.Theirs,
                _ => conflict.Base,
            };
            rebased = rebased.WithEdit(conflict.IndicatorId, chosen, conflict.Theirs, now);
        }
        return rebased;
    }
}
