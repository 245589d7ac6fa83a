namespace CchcGrpc.Bench.Wire;

/// <summary>
/// One checked h2load run: throughput from h2load's summary, percentiles from its per-request log,
/// and (where /proc allows) the server's CPU cost per call and the foreign load during the run.
/// </summary>
internal sealed record H2LoadRun(
    double RequestsPerSecond,
    long Succeeded,
    double P50Milliseconds,
    double P99Milliseconds,
    double MeanMilliseconds,
    double MaxMilliseconds)
{
    /// <summary>Server process CPU time divided by completed calls.</summary>
    public double? ServerCpuMicrosPerCall { get; init; }

    /// <summary>Bytes the server allocated per completed call (.NET servers only).</summary>
    public double? AllocatedBytesPerCall { get; init; }

    /// <summary>Garbage collections in the server during the run (.NET servers only).</summary>
    public GcStats? Collections { get; init; }

    /// <summary>Cores h2load kept busy on average; near 1.0 (it runs one thread) the load generator, not the server, is the limit.</summary>
    public double? LoadGeneratorCores { get; init; }

    /// <summary>Time of the CpuSpeed loop around the run (mean of before and after), in ns; larger is slower.</summary>
    public double? CalibrationNanoseconds { get; init; }

    /// <summary>Share of the machine's CPU capacity taken by processes other than the bench, server and h2load.</summary>
    public double? ForeignCpuShare { get; init; }
}
