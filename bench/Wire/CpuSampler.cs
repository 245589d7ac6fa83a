using System.Globalization;

namespace CchcGrpc.Bench.Wire;

/// <summary>
/// CPU accounting around one load run, from /proc: the server's own CPU time (so a cost per call
/// can be given), and how much of the machine other processes took meanwhile (this machine may be
/// shared; a run with much foreign load is flagged rather than silently trusted).
/// All figures are in clock ticks (USER_HZ) as /proc reports them.
/// </summary>
internal sealed class CpuSampler
{
    private readonly int _serverPid;
    private readonly Sample _start;

    private CpuSampler(int serverPid)
    {
        _serverPid = serverPid;
        _start = Take(serverPid);
    }

    /// <summary>Null where /proc is not readable (then the figures are simply not reported).</summary>
    public static CpuSampler? Start(int serverPid)
    {
        try
        {
            return new CpuSampler(serverPid);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            return null;
        }
    }

    /// <summary>
    /// Server CPU time in microseconds; the cores h2load kept busy on average (from the reaped
    /// children's times, so only valid once h2load has exited); the share of the machine's capacity
    /// used by other processes.
    /// </summary>
    public (double ServerMicros, double LoadGeneratorCores, double ForeignShare)? Stop()
    {
        Sample end;
        try
        {
            end = Take(_serverPid);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            return null;
        }
        var capacity = end.MachineTotal - _start.MachineTotal;
        if (capacity <= 0)
        {
            return null;
        }
        var busy = end.MachineBusy - _start.MachineBusy;
        var server = end.Server - _start.Server;
        // Our own: the server, the harness itself, and h2load (a reaped child: counted in our cutime/cstime).
        var loadGenerator = end.ReapedChildren - _start.ReapedChildren;
        var ours = server + (end.Self - _start.Self) + loadGenerator;
        var foreign = Math.Max(0, busy - ours);
        var cores = (double)Environment.ProcessorCount;
        return (server * 1_000_000.0 / TicksPerSecond, loadGenerator * cores / capacity, foreign / (double)capacity);
    }

    /// <summary>USER_HZ: 100 on every Linux this runs on (the kernel ABI fixes it for /proc).</summary>
    private const double TicksPerSecond = 100;

    private readonly record struct Sample(long MachineTotal, long MachineBusy, long Server, long Self, long ReapedChildren);

    private static Sample Take(int serverPid)
    {
        var cpu = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // cpu user nice system idle iowait irq softirq steal [guest guest_nice: already inside user/nice]
        var ticks = cpu.Skip(1).Take(8).Select(v => long.Parse(v, CultureInfo.InvariantCulture)).ToArray();
        var total = ticks.Sum();
        var idle = ticks[3] + ticks[4];
        var server = ProcessTimes(serverPid.ToString(CultureInfo.InvariantCulture));
        var self = ProcessTimes("self");
        return new Sample(total, total - idle, server.Own, self.Own, self.Children);
    }

    private static (long Own, long Children) ProcessTimes(string pid)
    {
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        // Fields after "(comm)": state is the first; utime, stime, cutime, cstime are the 12th-15th.
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        long F(int i) => long.Parse(fields[i], CultureInfo.InvariantCulture);
        return (F(11) + F(12), F(13) + F(14));
    }
}
