using System.Globalization;
using System.Text;

namespace CchcGrpc.Bench.Wire;

/// <summary>The suite's table, for the console and as markdown (bench/results/wire.md).</summary>
internal sealed class WireReport(
    IReadOnlyList<ServerResult> results, WireOptions options, MachineInfo machine, Prerequisites tools,
    string loadCommand, DateTimeOffset started, TimeSpan elapsed)
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    private static readonly string[] Header =
        ["server", "req/s", "p50 ms", "p99 ms", "vs kestrel", "CPU us/call", "at full speed", "alloc B/call", "server cores", "h2load cores", "CPU speed", "req/s of each run", "other load"];

    /// <summary>A reported run whose CPU ran slower than this share of the suite's best is flagged.</summary>
    private const double SlowCpu = 0.85;

    /// <summary>h2load runs one thread: above this it, not the server, limits the rate.</summary>
    private const double SaturatedLoadGenerator = 0.9;

    /// <summary>Foreign CPU above this share of the machine during any run makes the table suspect.</summary>
    private const double BusyMachine = 0.05;

    private double? Baseline => results.FirstOrDefault(r => r.Kind == ServerKind.Kestrel)?.Median?.RequestsPerSecond;

    private List<string[]> Rows() => [.. results.Select(r =>
    {
        if (r.Median is not { } m)
        {
            return new[] { r.Kind.Name(), "FAILED", "", "", "", "", "", "", "", "", "", "", "" };
        }
        return
        [
            r.Kind.Name(),
            m.RequestsPerSecond.ToString("N0", Inv),
            m.P50Milliseconds.ToString("0.00", Inv),
            m.P99Milliseconds.ToString("0.00", Inv),
            Baseline is { } b ? (m.RequestsPerSecond / b).ToString("P0", Inv).Replace(" ", "", StringComparison.Ordinal) : "n/a",
            m.ServerCpuMicrosPerCall is { } cpu ? cpu.ToString("0.0", Inv) : "n/a",
            FullSpeedCpu(m) is { } full ? full.ToString("0.0", Inv) : "n/a",
            m.AllocatedBytesPerCall is { } alloc ? alloc.ToString("N0", Inv) : "n/a",
            m.ServerCpuMicrosPerCall is { } c ? (c * m.RequestsPerSecond / 1e6).ToString("0.00", Inv) : "n/a",
            m.LoadGeneratorCores is { } h2 ? h2.ToString("0.00", Inv) : "n/a",
            Speed(m) is { } speed ? Percent(speed) : "n/a",
            string.Join(" / ", r.Runs.Select(x => x.RequestsPerSecond.ToString("N0", Inv))),
            MaxForeign(r) is { } foreign ? foreign.ToString("P0", Inv).Replace(" ", "", StringComparison.Ordinal) : "n/a",
        ];
    })];

    public string ConsoleTable()
    {
        var rows = Rows();
        var widths = Header.Select((h, i) => rows.Select(r => r[i].Length).Append(h.Length).Max()).ToArray();
        var text = new StringBuilder();
        void Line(string[] cells) => text.AppendLine(string.Join("  ", cells.Select((c, i) => i == 0 ? c.PadRight(widths[i]) : c.PadLeft(widths[i]))).TrimEnd());
        Line(Header);
        Line([.. widths.Select(w => new string('-', w))]);
        rows.ForEach(Line);
        foreach (var failed in results.Where(r => r.Failure is not null))
        {
            text.AppendLine().AppendLine($"{failed.Kind.Name()} failed: {failed.Failure}");
        }
        foreach (var verdict in Verdicts())
        {
            text.AppendLine(verdict);
        }
        return text.ToString();
    }

    private double? BestCalibration => results.SelectMany(r => r.Runs).Min(r => r.CalibrationNanoseconds);

    /// <summary>The CPU's speed around a run relative to the fastest seen in the suite (1.0 = as fast).</summary>
    private double? Speed(H2LoadRun run) => run.CalibrationNanoseconds is { } c && BestCalibration is { } best ? best / c : null;

    /// <summary>CPU per call scaled to the suite's best CPU speed: comparable across runs on a host whose speed drifts.</summary>
    private double? FullSpeedCpu(H2LoadRun run) => run.ServerCpuMicrosPerCall * Speed(run);

    private static string Percent(double value) => value.ToString("P0", Inv).Replace(" ", "", StringComparison.Ordinal);

    private static double? MaxForeign(ServerResult r) =>
        r.Runs.Any(x => x.ForeignCpuShare is not null) ? r.Runs.Max(x => x.ForeignCpuShare ?? 0) : null;

    /// <summary>Whether the warnings make the verdicts unreliable.</summary>
    private bool Disturbed =>
        results.Select(MaxForeign).Max() > BusyMachine
        || results.Where(r => r.Median is not null).Select(r => Speed(r.Median!)).Min() < SlowCpu;

    public IEnumerable<string> Verdicts()
    {
        var caveat = Disturbed ? " (disturbed run: not a verdict to rely on)" : "";
        var busiest = results.Select(MaxForeign).Max();
        if (busiest > BusyMachine)
        {
            yield return $"WARNING: other processes took up to {busiest.Value.ToString("P0", Inv)} of the machine during a measured run; "
                + "the numbers are disturbed (run again on a quiet machine)";
        }
        var slowest = results.Where(r => r.Median is not null).Select(r => Speed(r.Median!)).Min();
        if (slowest < SlowCpu)
        {
            yield return $"WARNING: the CPU ran at {Percent(slowest.Value)} of its best speed around a reported run (a busy virtual-machine host); "
                + "req/s ratios are disturbed, compare CPU us/call at full speed";
        }
        foreach (var r in results.Where(r => r.Median?.LoadGeneratorCores > SaturatedLoadGenerator))
        {
            yield return $"NOTE: h2load kept {r.Median!.LoadGeneratorCores!.Value.ToString("0.00", Inv)} cores busy against {r.Kind.Name()}: "
                + "the load generator, not the server, set that rate; compare CPU us/call there";
        }
        var ours = results.FirstOrDefault(r => r.Kind == ServerKind.Ours)?.Median;
        if (ours is null)
        {
            yield break;
        }
        if (Baseline is { } b)
        {
            var share = ours.RequestsPerSecond / b;
            yield return $"ours = {share.ToString("P1", Inv)} of bare Kestrel's req/s (target >= 85%): {(share >= 0.85 ? "met" : "MISSED")}{caveat}";
        }
        var kestrel = results.FirstOrDefault(r => r.Kind == ServerKind.Kestrel)?.Median;
        if (FullSpeedCpu(ours) is { } oursCpu && kestrel is not null && FullSpeedCpu(kestrel) is { } kestrelCpu)
        {
            yield return $"server CPU per call at full CPU speed: ours {oursCpu.ToString("0.0", Inv)} us, bare Kestrel {kestrelCpu.ToString("0.0", Inv)} us "
                + $"(ours costs {(oursCpu - kestrelCpu).ToString("0.0", Inv)} us more per call; bare Kestrel needs {(kestrelCpu / oursCpu).ToString("P0", Inv)} of ours)";
        }
        if (ours.AllocatedBytesPerCall is { } oursAlloc && kestrel?.AllocatedBytesPerCall is { } kestrelAlloc)
        {
            yield return $"allocated per call: ours {oursAlloc.ToString("N0", Inv)} B, bare Kestrel {kestrelAlloc.ToString("N0", Inv)} B "
                + $"(ours allocates {(oursAlloc - kestrelAlloc).ToString("N0", Inv)} B more per call)";
        }
        foreach (var peer in results.Where(r => r.Kind is ServerKind.Grpcio or ServerKind.GrpcJs && r.Median is not null))
        {
            var ratio = ours.RequestsPerSecond / peer.Median!.RequestsPerSecond;
            yield return $"ours vs {peer.Kind.Name()}: {ratio.ToString("0.00", Inv)}x req/s ({(ratio > 1 ? "ahead" : "BEHIND")}){caveat}";
        }
    }

    public string Markdown()
    {
        var md = new StringBuilder();
        md.AppendLine("# Wire benchmark: unary Echo, one load generator").AppendLine();
        md.AppendLine("Written by `dotnet run -c Release --project bench -- wire` (see bench/README.md); every number below is from that one invocation.").AppendLine();
        md.AppendLine($"- date: {started.ToUniversalTime():yyyy-MM-dd HH:mm} UTC (suite took {elapsed.TotalSeconds:0} s)");
        md.AppendLine($"- machine: {machine.Cores} cores (nproc), {machine.CpuModel}, {machine.Memory}; {machine.Os}, kernel {machine.Kernel}; {machine.Runtime}");
        md.AppendLine($"- load: `{loadCommand}` against `{EchoPayload.MethodPath}` over h2c (prior knowledge), connections x streams = {options.Connections * options.Streams} calls in flight");
        md.AppendLine($"- per server: one {options.WarmupSeconds} s warm-up run (discarded), then {options.Runs} measured run(s) of {options.DurationSeconds} s; the run with the median req/s is reported (all runs in their own column)");
        md.AppendLine(tools.TaskSet is not null
            ? $"- CPU pinning (taskset): h2load on CPU {CpuAffinity.LoadGeneratorCpus}, the server on CPU {CpuAffinity.ServerCpus}"
            : "- no CPU pinning: h2load and the server share all cores");
        md.AppendLine($"- request and response: {EchoPayload.FramedRequest.Length}-byte framed messages (32-byte payload echoed)");
        md.AppendLine($"- checks: a gRPC call before and after every load run must return HTTP 200, application/grpc, the exact response bytes and trailer grpc-status 0; h2load must report 0 failed/errored/timeout and only 2xx; the response data bytes must cover every completed call");
        md.AppendLine($"- p50/p99: nearest rank over h2load's per-request log (`--log-file`) of the reported run");
        md.AppendLine($"- CPU us/call: the server process's CPU time (/proc) during the reported run over its completed calls; "
            + "at full speed: CPU us/call scaled by CPU speed, i.e. what the call would cost at the best speed seen; "
            + "CPU speed: how fast a fixed loop ran right before and after the run, relative to the best seen in the suite (a virtual machine slows down when its host is busy, which no other column shows); "
            + "alloc B/call: bytes the server allocated per call (GC.GetTotalAllocatedBytes, .NET servers only); "
            + "server cores / h2load cores: the cores each kept busy on average (h2load runs one thread, so near 1.0 it is the limit); "
            + "other load: the most CPU that processes other than the bench, h2load and the server took during any measured run, as a share of the whole machine");
        md.AppendLine($"- before each measured run the harness waits up to {options.QuietWaitSeconds} s (at most {WireOptions.QuietWaitBudgetSeconds} s in all) for the machine to be nearly idle (it may be shared)");
        md.AppendLine($"- order: all servers run side by side, each warmed up, then {options.Runs} round(s) of one measured run per server (rotating who goes first)");
        md.AppendLine($"- tools: {tools.Nghttp2Version}; grpcio {tools.GrpcioVersion ?? "n/a"}; @grpc/grpc-js {tools.GrpcJsVersion ?? "n/a"}");
        md.AppendLine();
        md.AppendLine("| " + string.Join(" | ", Header) + " |");
        md.AppendLine("|" + string.Join("|", Header.Select((_, i) => i == 0 ? "---" : "---:")) + "|");
        foreach (var row in Rows())
        {
            md.AppendLine("| " + string.Join(" | ", row) + " |");
        }
        md.AppendLine();
        md.AppendLine("Servers:").AppendLine();
        foreach (var r in results)
        {
            md.AppendLine($"- `{r.Kind.Name()}`: {r.Kind.Description()}");
        }
        var verdicts = Verdicts().ToList();
        var failures = results.Where(r => r.Failure is not null).ToList();
        if (verdicts.Count + failures.Count > 0)
        {
            md.AppendLine().AppendLine("Against the targets:").AppendLine();
            verdicts.ForEach(v => md.AppendLine($"- {v}"));
            failures.ForEach(f => md.AppendLine($"- {f.Kind.Name()} FAILED: {f.Failure!.Split('\n')[0]}"));
        }
        return md.ToString();
    }
}
