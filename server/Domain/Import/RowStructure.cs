namespace CchcGrpc.Server.Domain.Import;

/// <summary>
/// Reads the outline of printed rows from their codes, as a reader does: "2.1" is under the nearest
/// "2" above it; a roman group ("II.") restarts the arabic numbering; rows under "Trong đó" or a
/// bullet are parts of the coded row above; a new table or field heading starts afresh. Codes that
/// repeat ("2" twice in Biểu 4) are followed by the nearest one above; codes that are missing leave a
/// row after the coded row above without claiming it is part of it; a run of parts ("Chia theo:", "-")
/// is under the row right above it, coded or not.
/// </summary>
public static class RowStructure
{
    // A "Trong đó:" row with more words than this is a row of its own that happens to start so.
    private const int MaxIntroWords = 8;

    /// <param name="startsAfresh">Rows that end the outline above them (field headings), by index.</param>
    public static IReadOnlyList<RowPlace> Of(IReadOnlyList<FormRow> rows, Func<int, bool> startsAfresh)
    {
        var places = new List<RowPlace>(rows.Count);
        var arabic = new List<(int Row, string[] Segments)>();
        var roman = -1;
        var lastCoded = -1;
        var partsOf = -2; // the row the current run of parts belongs to; -2 when no run
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var fresh = i == 0 || row.Table != rows[i - 1].Table || row.Section != rows[i - 1].Section || startsAfresh(i);
            if (fresh)
            {
                (arabic, roman, lastCoded, partsOf) = ([], -1, -1, -2);
            }
            var shape = RowCodes.Shape(row.Code);
            var (intro, label) = Intro(row, shape);
            if (startsAfresh(i))
            {
                places.Add(new(shape, -1, false, false, label));
                continue;
            }
            if (intro)
            {
                partsOf = Above(places, i, fresh, startsAfresh);
                places.Add(new(shape, partsOf, true, true, label));
                continue;
            }
            switch (shape)
            {
                case CodeShape.Roman:
                    (arabic, roman, lastCoded, partsOf) = ([], i, i, -2);
                    places.Add(new(shape, -1, false, false, label));
                    break;
                case CodeShape.Arabic:
                    var segments = RowCodes.Segments(row.Code);
                    var parent = ParentOf(segments, arabic, roman);
                    arabic.Add((i, segments));
                    (lastCoded, partsOf) = (i, -2);
                    places.Add(new(shape, parent, parent >= 0, false, label));
                    break;
                case CodeShape.Part:
                    if (partsOf == -2) partsOf = Above(places, i, fresh, startsAfresh);
                    places.Add(new(shape, partsOf, partsOf >= 0, false, label));
                    break;
                default:
                    // No code: a part while a run of parts goes on, else a row after the coded one above.
                    places.Add(partsOf != -2 ? new(shape, partsOf, partsOf >= 0, false, label) : new(shape, lastCoded, false, false, label));
                    break;
            }
        }
        return places;
    }

    // The row a run of parts is under: the row right above it, coded or not ("Số ĐVSN tự bảo đảm một phần …"
    // printed without its code, then "Chia theo:"), unless the outline starts afresh there.
    private static int Above(List<RowPlace> places, int i, bool fresh, Func<int, bool> startsAfresh) =>
        !fresh && i > 0 && !startsAfresh(i - 1) && !places[i - 1].Intro ? i - 1 : -1;

    private static int ParentOf(string[] segments, List<(int Row, string[] Segments)> arabic, int roman)
    {
        // The nearest row above whose code is the longest prefix of this one; else the roman group.
        for (var length = segments.Length - 1; length >= 1; length--)
        {
            for (var j = arabic.Count - 1; j >= 0; j--)
            {
                if (arabic[j].Segments.Length == length && arabic[j].Segments.AsSpan().SequenceEqual(segments.AsSpan(0, length)))
                {
                    return arabic[j].Row;
                }
            }
        }
        return roman;
    }

    private static (bool Intro, string Label) Intro(FormRow row, CodeShape shape)
    {
        var label = LabelText.StripMarkup(row.Label).Trim();
        var empty = row.Value.Trim().Length == 0 && row.Unit.Trim().Length == 0 && row.Note.Trim().Length == 0;
        if (label.Length == 0)
        {
            return (shape == CodeShape.Part && empty, label);
        }
        if (!RowCodes.IntroducesParts(label))
        {
            return (false, label);
        }
        // "Trong đó: Số TTHC cấp tỉnh" names its row after the colon; "Trong đó:" alone introduces.
        var colon = label.IndexOfAny([':', ',']);
        if (colon >= 0 && label[(colon + 1)..].Trim() is { Length: > 0 } rest && LabelText.Words(label[..colon]).Count <= MaxIntroWords)
        {
            return (false, rest);
        }
        return (empty && LabelText.Words(label).Count <= MaxIntroWords, label);
    }
}
