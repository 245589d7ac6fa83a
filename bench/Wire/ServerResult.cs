namespace CchcGrpc.Bench.Wire;

/// <summary>What the suite measured for one server: its measured runs (median reported) or why it failed.</summary>
internal sealed record ServerResult(ServerKind Kind, IReadOnlyList<H2LoadRun> Runs, string? Failure)
{
    /// <summary>The run with the median req/s (the upper one of two middles).</summary>
    public H2LoadRun? Median => Runs.Count == 0 ? null : Runs.OrderBy(r => r.RequestsPerSecond).ElementAt(Runs.Count / 2);
}
