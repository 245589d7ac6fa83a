using System.Globalization;

namespace CchcGrpc.Bench.National;

/// <summary>One paced GetReport run (every client one call per 100 ms): its latency percentiles and the server's CPU per call.</summary>
internal sealed record PacedRound(double P50, double P99, double Max, int Calls, int Errors, double CpuMicros)
{
    public static PacedRound Of(List<double> millis, int errors, double cpuMicros)
    {
        millis.Sort();
        return new(Stats.Percentile(millis, 0.50), Stats.Percentile(millis, 0.99), millis.Count > 0 ? millis[^1] : 0, millis.Count, errors, cpuMicros);
    }

    /// <summary>The round whose p99 is the median (the lower middle one for an even count).</summary>
    public static PacedRound Median(IReadOnlyList<PacedRound> rounds) => rounds.OrderBy(r => r.P99).ElementAt((rounds.Count - 1) / 2);

    public static string List(IEnumerable<PacedRound> rounds) =>
        string.Join(", ", rounds.Select(r => r.P99.ToString("0.0", CultureInfo.InvariantCulture)));
}
