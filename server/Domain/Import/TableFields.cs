using CchcGrpc.Server.Domain.Catalog;

namespace CchcGrpc.Server.Domain.Import;

/// <summary>
/// Decides the field (I–VII) of each row from its table, not from the order of the tables: a field
/// heading row sets it for the rows after it; otherwise the table's title (when it names a field) and
/// its rows vote, each row for the field of the one indicator its wording clearly agrees with.
/// A field the source states for a row (long formats) is kept.
/// </summary>
internal static class TableFields
{
    public static Field?[] Resolve(
        IReadOnlyList<FormRow> rows, IReadOnlyList<Field?> headings, IReadOnlyList<IReadOnlyList<IndicatorCandidate>> candidates,
        LabelIndex index, MatchThresholds thresholds)
    {
        var fields = new Field?[rows.Count];
        for (var start = 0; start < rows.Count;)
        {
            var end = start;
            while (end < rows.Count && rows[end].Table == rows[start].Table) end++;
            var current = Vote(rows, headings, candidates, index, thresholds, start, end);
            for (var i = start; i < end; i++)
            {
                current = headings[i] ?? current;
                fields[i] = rows[i].Section ?? current;
            }
            start = end;
        }
        return fields;
    }

    private static Field? Vote(
        IReadOnlyList<FormRow> rows, IReadOnlyList<Field?> headings, IReadOnlyList<IReadOnlyList<IndicatorCandidate>> candidates,
        LabelIndex index, MatchThresholds thresholds, int start, int end)
    {
        var votes = new int[Fields.All.Count + 1];
        if (rows[start].Table.Length > 0 && index.TitleField(rows[start].Table) is var (titled, cover) && cover >= thresholds.TitleCover)
        {
            votes[(int)titled] += MatchThresholds.TitleVotes;
        }
        for (var i = start; i < end; i++)
        {
            if (headings[i] is null && Clear(candidates[i], thresholds) is { } indicator)
            {
                votes[(int)indicator.Field]++;
            }
        }
        var most = votes.Max();
        return most > 0 && votes.Count(v => v == most) == 1 ? (Field)Array.IndexOf(votes, most) : null;
    }

    /// <summary>The indicator a row's wording alone picks out: agreeing enough, and ahead of the next by more than a tie.</summary>
    private static Indicator? Clear(IReadOnlyList<IndicatorCandidate> candidates, MatchThresholds thresholds) =>
        candidates.Count > 0 && candidates[0].Score >= thresholds.Accept
        && (candidates.Count == 1 || candidates[0].Score - candidates[1].Score > thresholds.TieMargin)
            ? candidates[0].Indicator
            : null;
}
