namespace CchcGrpc.Bench.Wire;

/// <summary>One checked h2load run: throughput from h2load's summary, percentiles from its per-request log.</summary>
internal sealed record H2LoadRun(
    double RequestsPerSecond,
    long Succeeded,
    double P50Milliseconds,
    double P99Milliseconds,
    double MeanMilliseconds,
    double MaxMilliseconds);
