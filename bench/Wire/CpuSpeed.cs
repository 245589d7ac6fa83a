using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace CchcGrpc.Bench.Wire;

/// <summary>
/// How fast this machine's CPU is right now. A virtual machine's cores can run far slower when its
/// host is busy (seen here: the same loop taking 0.36 s or 0.65 s with nothing else running in the
/// guest), which neither /proc's steal time nor "other load" shows. Timing a fixed loop next to
/// each run lets the report say how fast the CPU was, relative to the best seen in the suite.
/// </summary>
internal static class CpuSpeed
{
    private const int Iterations = 2_000_000;

    /// <summary>Nanoseconds the fixed loop takes at best of a few tries (smaller is faster).</summary>
    public static double Measure()
    {
        var best = double.MaxValue;
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var clock = Stopwatch.StartNew();
            Sink = Loop(attempt + 1);
            best = Math.Min(best, clock.Elapsed.TotalNanoseconds);
        }
        return best;
    }

    private static ulong Sink { get; set; }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static ulong Loop(int seed)
    {
        var x = (ulong)seed;
        for (var i = 0; i < Iterations; i++)
        {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
        }
        return x;
    }
}
