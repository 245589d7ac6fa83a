using System.Globalization;
using Cchc.V1;
using ValueType = Cchc.V1.ValueType;

namespace CchcGrpc.Client.Tui.Screens;

/// <summary>
/// Derived values (totals and percentages the operator leaves empty) recomputed on this machine from
/// the values on screen, the one being typed included, on every keystroke: nothing is sent for it.
/// Formulas may read each other, so they are repeated until nothing new can be computed, as the
/// server does (server/Domain/Validation/DerivedValues).
/// </summary>
public static class DerivedEstimates
{
    /// <summary>Sets <see cref="EntryRow.Estimate"/> on every derived row ("" when it cannot be computed yet).</summary>
    public static void Apply(IReadOnlyList<EntryRow> rows, EntryRow? editing, string? editorText)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var byId = rows.Where(r => r.Indicator is not null).ToDictionary(r => r.Indicator!.Id, StringComparer.Ordinal);
        var derived = rows.Where(r => r.Indicator is { Formula.Length: > 0 } && LeftEmpty(r, editing, editorText)).ToHashSet();
        var known = new Dictionary<string, decimal>(StringComparer.Ordinal);
        for (var changed = true; changed;)
        {
            changed = false;
            foreach (var row in derived.Where(r => !known.ContainsKey(r.Indicator!.Id)))
            {
                var value = FormulaEstimate.Evaluate(row.Indicator!.Formula, row.Field,
                    id => known.TryGetValue(id, out var computed) ? computed : byId.TryGetValue(id, out var part) && !derived.Contains(part) ? ValueOf(part, editing, editorText) : null);
                if (value is { } v)
                {
                    known[row.Indicator.Id] = v;
                    changed = true;
                }
            }
        }
        foreach (var row in derived)
        {
            var percent = row.Indicator!.ValueType == ValueType.Percent;
            row.Estimate = known.TryGetValue(row.Indicator.Id, out var v)
                ? Export.VietnameseNumber.Format(Math.Round(v, percent ? 2 : 0, MidpointRounding.AwayFromZero).ToString("0.##", CultureInfo.InvariantCulture), percent)
                : "";
        }
    }

    /// <summary>Drops every estimate (the server's preview or the stored report is shown instead).</summary>
    public static void Clear(IEnumerable<EntryRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        foreach (var row in rows)
            row.Estimate = null;
    }

    // The operator has not given this indicator a value of its own, so the formula's value is shown.
    private static bool LeftEmpty(EntryRow row, EntryRow? editing, string? editorText)
    {
        if (ReferenceEquals(row, editing))
            return string.IsNullOrWhiteSpace(editorText);
        if (row.TypedValue is not null)
            return row.TypedValue.Length == 0;
        return row.Stored is null || row.Stored.Derived || row.Stored.State == ValueState.NotReported;
    }

    private static decimal? ValueOf(EntryRow row, EntryRow? editing, string? editorText)
    {
        if (ReferenceEquals(row, editing))
            return TypedNumber.Read(editorText ?? "");
        if (row.TypedValue is not null)
            return TypedNumber.Read(row.TypedValue);
        return row.Current is { State: ValueState.Reported, Number.Length: > 0 } current
            && decimal.TryParse(current.Number, NumberStyles.Number, CultureInfo.InvariantCulture, out var n) ? n : null;
    }
}
