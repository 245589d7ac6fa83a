using System.Diagnostics;
using System.Globalization;

namespace CchcGrpc.Bench.Wire;

/// <summary>
/// Waits, up to a limit, for the machine to be nearly idle before a measured run: this machine may
/// be shared, and a build next door halves a server's throughput. Between runs the servers idle,
/// so what is busy then is someone else.
/// </summary>
internal static class QuietMachine
{
    /// <summary>Busy share of all cores below which the machine counts as quiet.</summary>
    private const double QuietShare = 0.15;

    private static readonly TimeSpan Window = TimeSpan.FromMilliseconds(500);

    /// <summary>How long it waited; zero when already quiet, or when /proc/stat is unreadable.</summary>
    public static async Task<TimeSpan> WaitAsync(TimeSpan limit)
    {
        var clock = Stopwatch.StartNew();
        if (limit <= TimeSpan.Zero)
        {
            return TimeSpan.Zero;
        }
        try
        {
            do
            {
                var (total0, busy0) = Read();
                await Task.Delay(Window);
                var (total1, busy1) = Read();
                if (total1 > total0 && (double)(busy1 - busy0) / (total1 - total0) < QuietShare)
                {
                    break;
                }
            }
            while (clock.Elapsed < limit);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            return TimeSpan.Zero;
        }
        return clock.Elapsed > Window ? clock.Elapsed - Window : TimeSpan.Zero;
    }

    private static (long Total, long Busy) Read()
    {
        var cpu = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var ticks = cpu.Skip(1).Take(8).Select(v => long.Parse(v, CultureInfo.InvariantCulture)).ToArray();
        var total = ticks.Sum();
        return (total, total - ticks[3] - ticks[4]);
    }
}
