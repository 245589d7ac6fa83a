namespace CchcGrpc.Bench.National;

internal static class Stats
{
    public static double Median(IReadOnlyList<double> values) => Percentile([.. values.Order()], 0.5);

    /// <summary>Nearest-rank percentile of sorted values.</summary>
    public static double Percentile(IReadOnlyList<double> sorted, double p) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
}
