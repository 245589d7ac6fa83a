using System.Globalization;
using System.Text.RegularExpressions;

namespace CchcGrpc.Server.Domain.Plans;

/// <summary>
/// A start or end cell: "Tháng 6" is month 6 of the plan's year; "Thường xuyên", "Theo quy định
/// của Bộ Nội vụ", "Sau khi Nghị quyết của HĐND tỉnh ban hành" name no month and are kept as text.
/// </summary>
/// <param name="Month">1–12, or null when the cell names no month.</param>
public sealed partial record PlanTiming(int? Month, string Text)
{
    public static PlanTiming None { get; } = new(null, "");

    public static PlanTiming Read(string cell)
    {
        var text = cell.Trim();
        var match = MonthPattern().Match(text);
        return match.Success && int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) is var month and >= 1 and <= 12
            ? new PlanTiming(month, text)
            : new PlanTiming(null, text);
    }

    public static PlanTiming OfMonth(int month) => new(month, $"Tháng {month}");

    [GeneratedRegex(@"^Tháng\s+(\d{1,2})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MonthPattern();
}
