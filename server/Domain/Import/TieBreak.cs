using CchcGrpc.Server.Domain.Catalog;
using CchcGrpc.Server.Domain.Units;

namespace CchcGrpc.Server.Domain.Import;

/// <summary>
/// Chooses among indicators whose wordings agree about equally well with a row (Biểu 4 prints
/// "Tổng số biên chế được giao trong năm" for both civil servants and public employees) by what else
/// the report says, in this order: one no earlier row clearly took (each indicator is printed once; a
/// parent read wrongly from repeated codes must not hand a row an indicator already filled); the one
/// under the row's parent; the one of the table's field (a table's title is better evidence than a unit
/// column: "Đơn vị" or "Cơ quan, đơn vị" for one row); the one whose unit the row prints; one the unit's
/// level reports; the one whose code the row prints; the one under the heading seen last; and last, with
/// nothing in the report to go by, one that counts no units above that level, unless the row itself
/// names such units (a commune's bare "Tổng số hồ sơ TTHC đã giải quyết xong" is its own dossiers, "do
/// UBND cấp xã tiếp nhận", not those of the province's departments or districts, which it cannot have;
/// under the departments' heading of the province's form it is theirs, and refused). When none of
/// these tells them apart there is no choice: the row is ambiguous and left unmapped.
/// </summary>
internal sealed class TieBreak(LabelIndex index)
{
    /// <summary>The criteria (0-based, in the order above) whose choice is sound enough for later rows to build on.</summary>
    public const int ByUse = 0;

    public const int ByParent = 1;

    /// <param name="decidedBy">The criterion that left one indicator; -1 when none did.</param>
    public Indicator? Choose(IReadOnlyList<Indicator> close, RowContext row, out int decidedBy)
    {
        decidedBy = -1;
        var left = close;
        var criteria = new Func<Indicator, int>[]
        {
            i => row.Used.Contains(i.Id) ? 0 : 1,
            i => row.Wholes.Any(w => i.ParentId == w.Id) ? 1 : 0,
            i => row.Field is { } field && i.Field == field ? 1 : 0,
            i => UnitAgrees(row.Unit, i) ? 1 : 0,
            i => row.Level is not { } level || i.AppliesTo(level) ? 1 : 0,
            i => row.Code.Length > 0 && index.CodesOf(i).Contains(row.Code) ? 1 : 0,
            i => Recency(i, row.Recent),
            i => row.Level is not { } level || row.CountsUnitsAbove || LevelScope.UnitsAbove(i.Name, level) is null ? 1 : 0,
        };
        for (var n = 0; n < criteria.Length && left.Count > 1; n++)
        {
            var best = left.Max(criteria[n]);
            left = [.. left.Where(i => criteria[n](i) == best)];
            if (left.Count == 1) decidedBy = n;
        }
        return left.Count == 1 ? left[0] : null;
    }

    /// <summary>Whether the unit column agrees with the indicator: "%" for a percentage, its own unit, options for a choice.</summary>
    internal static bool UnitAgrees(string unit, Indicator indicator)
    {
        var raw = unit.Trim();
        if (raw.Length == 0)
        {
            return false;
        }
        if (raw.Contains('='))
        {
            return indicator.Type is IndicatorType.Choice or IndicatorType.YesNo;
        }
        if (raw == "%")
        {
            return indicator.Type == IndicatorType.Percent;
        }
        return indicator.Unit.Length > 0 && LabelText.Fold(indicator.Unit) == LabelText.Fold(raw);
    }

    // The most recent row that was the indicator's parent or a sibling of it; -1 when none.
    private static int Recency(Indicator indicator, IReadOnlyList<Indicator> recent)
    {
        if (indicator.ParentId is not { } parent)
        {
            return -1;
        }
        for (var i = recent.Count - 1; i >= 0; i--)
        {
            if (recent[i].Id == parent || recent[i].ParentId == parent)
            {
                return i;
            }
        }
        return -1;
    }
}
