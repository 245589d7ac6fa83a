using System.Globalization;

namespace CchcGrpc.Bench.Tui;

/// <summary>
/// How busy the machine was while the suite ran (other processes included): how long it waited for quiet
/// (QuietMachine), the 1-minute load average at the start and the share of CPU time idle between start and
/// end (Linux /proc; "unknown" elsewhere).
/// Terminal bytes do not depend on it, but the per-keystroke window (150 ms quiet) does when frames lag.
/// </summary>
internal sealed class MachineLoad(TimeSpan waitedForQuiet)
{
    private readonly string _loadAtStart = LoadAverage();
    private readonly (long Idle, long Total)? _start = CpuTimes();

    public string Describe()
    {
        string idle = _start is { } start && CpuTimes() is { } end && end.Total > start.Total
            ? ((end.Idle - start.Idle) * 100.0 / (end.Total - start.Total)).ToString("0", CultureInfo.InvariantCulture) + " % idle"
            : "idle unknown";
        return $"waited {waitedForQuiet.TotalSeconds:0} s for it to be quiet, load average {_loadAtStart} at the start, CPU {idle} over the run";
    }

    private static string LoadAverage()
    {
        try
        {
            return File.ReadAllText("/proc/loadavg").Split(' ')[0];
        }
        catch (IOException)
        {
            return "unknown";
        }
        catch (UnauthorizedAccessException)
        {
            return "unknown";
        }
    }

    // /proc/stat's first line: cpu user nice system idle iowait irq softirq steal … (clock ticks).
    private static (long Idle, long Total)? CpuTimes()
    {
        try
        {
            string[] fields = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries);
            long[] ticks = [.. fields.Skip(1).Take(8).Select(f => long.Parse(f, CultureInfo.InvariantCulture))];
            return (ticks[3] + ticks[4], ticks.Sum());
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or InvalidOperationException)
        {
            return null;
        }
    }
}
