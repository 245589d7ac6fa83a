namespace CchcGrpc.Bench.Wire;

/// <summary>A .NET server's allocation and collection counters at one moment (see StdinShutdown).</summary>
internal readonly record struct GcStats(long AllocatedBytes, int Gen0, int Gen1, int Gen2)
{
    public static GcStats operator -(GcStats end, GcStats start) =>
        new(end.AllocatedBytes - start.AllocatedBytes, end.Gen0 - start.Gen0, end.Gen1 - start.Gen1, end.Gen2 - start.Gen2);
}
