using System.Globalization;

namespace CchcGrpc.Client.Tui.Screens;

/// <summary>Small numeric helpers of the compare and trend screens: the median, invariant decimals, a sparkline.</summary>
public static class Statistics
{
    private const string Ticks = "▁▂▃▄▅▆▇█";

    public static decimal? Number(string invariant) =>
        decimal.TryParse(invariant, NumberStyles.Number, CultureInfo.InvariantCulture, out var value) ? value : null;

    public static decimal? Median(IReadOnlyList<decimal> values)
    {
        if (values.Count == 0)
            return null;
        var sorted = values.Order().ToList();
        var mid = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    /// <summary>One character per value, its height between the smallest and the largest; a gap for a missing value.</summary>
    public static string Sparkline(IReadOnlyList<decimal?> values)
    {
        var present = values.Where(v => v.HasValue).Select(v => v!.Value).ToList();
        if (present.Count == 0)
            return "";
        var (min, max) = (present.Min(), present.Max());
        return string.Concat(values.Select(v => v is null ? ' ' : max == min ? Ticks[3] : Ticks[(int)Math.Round((v.Value - min) / (max - min) * (Ticks.Length - 1))]));
    }

    public static string Invariant(decimal value) => decimal.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);
}
