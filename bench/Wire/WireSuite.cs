using System.Diagnostics;
using CchcGrpc.Bench.Infrastructure;

namespace CchcGrpc.Bench.Wire;

/// <summary>
/// The wire suite: the same h2load load, with the same parameters, against each server in its own
/// process, every run checked (gRPC probes around it, h2load's counters), one table at the end.
/// </summary>
internal static class WireSuite
{
    public static async Task<int> RunAsync(WireOptions options)
    {
        var tools = await Prerequisites.CheckAsync(options);
        var machine = MachineInfo.Read();
        var started = DateTimeOffset.Now;
        var clock = Stopwatch.StartNew();
        var work = Directory.CreateTempSubdirectory("cchc-bench-wire-");
        try
        {
            var h2load = new H2LoadRunner(tools, options, work.FullName);
            var loadCommand = h2load.Describe(options.DurationSeconds);
            Console.WriteLine($"wire: {machine.Cores} cores, {machine.CpuModel}; {loadCommand}");
            Console.WriteLine($"wire: per server {options.WarmupSeconds} s warm-up + {options.Runs} x {options.DurationSeconds} s measured"
                + (tools.TaskSet is not null ? $"; h2load pinned to CPU {CpuAffinity.LoadGeneratorCpus}, server to CPU {CpuAffinity.ServerCpus}" : ""));

            var servers = options.Servers.Select(kind => new ServerUnderTest(kind)).ToList();
            try
            {
                foreach (var server in servers)
                {
                    await StartAsync(server, tools, work.FullName);
                }
                foreach (var server in servers.Where(s => s.Active))
                {
                    var warm = await CheckedRunAsync(server, h2load, options.WarmupSeconds);
                    if (warm is not null)
                    {
                        Console.WriteLine($"{server.Name}: warm-up {warm.RequestsPerSecond:N0} req/s (discarded)");
                    }
                }
                // Rounds rather than one server after another: a slow drift of the machine (other
                // work on a shared box, thermal state) then touches every server alike. Each round
                // starts one server later, so none is always first.
                // Waiting for quiet is bounded per run and for the whole suite, so a busy machine
                // costs at most WireOptions.QuietWaitBudgetSeconds more.
                var quietBudget = TimeSpan.FromSeconds(WireOptions.QuietWaitBudgetSeconds);
                for (var round = 0; round < options.Runs; round++)
                {
                    for (var i = 0; i < servers.Count; i++)
                    {
                        var server = servers[(i + round) % servers.Count];
                        if (!server.Active)
                        {
                            continue;
                        }
                        var limit = TimeSpan.FromSeconds(Math.Min(options.QuietWaitSeconds, quietBudget.TotalSeconds));
                        var waited = await QuietMachine.WaitAsync(limit);
                        quietBudget -= waited;
                        if (waited >= TimeSpan.FromSeconds(1))
                        {
                            Console.WriteLine($"(waited {waited.TotalSeconds:0} s for other processes to quieten down)");
                        }
                        var run = await CheckedRunAsync(server, h2load, options.DurationSeconds);
                        if (run is not null)
                        {
                            server.Runs.Add(run);
                            Console.WriteLine($"{server.Name}: run {round + 1}/{options.Runs}: {run.RequestsPerSecond:N0} req/s, "
                                + $"p50 {run.P50Milliseconds:0.00} ms, p99 {run.P99Milliseconds:0.00} ms, {run.Succeeded:N0} calls"
                                + (run.ServerCpuMicrosPerCall is { } cpu ? $", server CPU {cpu:0.0} us/call" : "")
                                + (run.AllocatedBytesPerCall is { } alloc ? $", {alloc:0} B/call allocated" : "")
                                + (run.Collections is { } gc ? $", GCs {gc.Gen0}/{gc.Gen1}/{gc.Gen2}" : "")
                                + (run.LoadGeneratorCores is { } h2 ? $", h2load {h2:0.00} cores" : "")
                                + (run.ForeignCpuShare is { } foreign ? $", other processes {foreign:P0} of the machine" : "")
                                + (run.CalibrationNanoseconds is { } calibration ? $", speed loop {calibration / 1e6:0.0} ms" : ""));
                        }
                    }
                }
            }
            finally
            {
                foreach (var server in servers)
                {
                    if (server.Process is { } process)
                    {
                        await process.DisposeAsync();
                    }
                }
            }
            var results = servers.Select(s => s.ToResult()).ToList();

            var report = new WireReport(results, options, machine, tools, loadCommand, started, clock.Elapsed);
            Console.WriteLine();
            Console.Write(report.ConsoleTable());
            if (options.Write)
            {
                var file = options.OutputFile ?? Path.Combine(BenchPaths.Results, "wire.md");
                Directory.CreateDirectory(Path.GetDirectoryName(file)!);
                await File.WriteAllTextAsync(file, report.Markdown());
                Console.WriteLine($"\nwritten to {file}");
            }
            return results.Any(r => r.Failure is not null) ? 1 : 0;
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private static async Task StartAsync(ServerUnderTest server, Prerequisites tools, string work)
    {
        try
        {
            server.Process = await StartProcessAsync(server.Kind, tools, work);
            Console.WriteLine($"{server.Name}: listening on {server.Process.BaseAddress} (pid {server.Process.Pid})");
        }
        catch (BenchFailure failure)
        {
            server.Fail(failure.Message);
        }
    }

    /// <summary>A load run framed by gRPC checks; null (and the server marked failed) when anything is wrong.</summary>
    private static async Task<H2LoadRun?> CheckedRunAsync(ServerUnderTest server, H2LoadRunner h2load, int seconds)
    {
        var process = server.Process!;
        try
        {
            await GrpcProbe.CheckAsync(server.Name, process.BaseAddress, "before");
            var dotnet = server.Kind is ServerKind.Ours or ServerKind.OursLogged or ServerKind.Kestrel;
            var speedBefore = CpuSpeed.Measure();
            var gcBefore = dotnet ? await process.QueryGcStatsAsync() : null;
            var cpu = CpuSampler.Start(process.Pid);
            var run = await h2load.RunAsync(server.Name, process.BaseAddress, seconds);
            var usage = cpu?.Stop();
            var gcAfter = dotnet ? await process.QueryGcStatsAsync() : null;
            var speedAfter = CpuSpeed.Measure();
            run = run with { CalibrationNanoseconds = (speedBefore + speedAfter) / 2 };
            process.EnsureRunning();
            await GrpcProbe.CheckAsync(server.Name, process.BaseAddress, "after");
            if (usage is { } u)
            {
                run = run with
                {
                    ServerCpuMicrosPerCall = u.ServerMicros / run.Succeeded,
                    LoadGeneratorCores = u.LoadGeneratorCores,
                    ForeignCpuShare = u.ForeignShare,
                };
            }
            if (gcBefore is { } before && gcAfter is { } after)
            {
                var gc = after - before;
                run = run with { AllocatedBytesPerCall = (double)gc.AllocatedBytes / run.Succeeded, Collections = gc };
            }
            return run;
        }
        catch (BenchFailure failure)
        {
            server.Fail(failure.Message);
            return null;
        }
    }

    private static async Task<ServerProcess> StartProcessAsync(ServerKind kind, Prerequisites tools, string work)
    {
        switch (kind)
        {
            case ServerKind.Ours:
            {
                var (file, args) = ServerProcess.Self("serve-ours");
                return await ServerProcess.StartAsync(kind.Name(), file, [.. args, "--Logging:LogLevel:CchcGrpc.Server.Wire.CallLog=Warning"], tools.TaskSet);
            }
            case ServerKind.OursLogged:
            {
                var (file, args) = ServerProcess.Self("serve-ours");
                return await ServerProcess.StartAsync(kind.Name(), file, args, tools.TaskSet);
            }
            case ServerKind.Kestrel:
            {
                var (file, args) = ServerProcess.Self("serve-kestrel");
                return await ServerProcess.StartAsync(kind.Name(), file, args, tools.TaskSet);
            }
            case ServerKind.Grpcio:
            {
                var pb2 = Path.Combine(work, "pb2");
                Directory.CreateDirectory(pb2);
                var protoc = await ToolRunner.RunAsync(tools.Protoc!,
                    [$"--python_out={pb2}", $"--proto_path={BenchPaths.Protos}", Path.Combine(BenchPaths.Protos, "bench.proto")],
                    TimeSpan.FromSeconds(60));
                if (protoc.ExitCode != 0)
                {
                    throw new BenchFailure($"protoc failed for the grpcio peer:\n{protoc.StandardError}");
                }
                return await ServerProcess.StartAsync(kind.Name(), tools.Python!,
                    [Path.Combine(BenchPaths.PythonPeer, "echo_server.py"), pb2], tools.TaskSet,
                    environment: new Dictionary<string, string> { ["PYTHONDONTWRITEBYTECODE"] = "1" });
            }
            case ServerKind.GrpcJs:
                return await ServerProcess.StartAsync(kind.Name(), tools.Node!,
                    [Path.Combine(BenchPaths.NodePeer, "echo-server.js"), BenchPaths.Protos], tools.TaskSet,
                    workingDirectory: BenchPaths.NodePeer);
            default:
                throw new ArgumentOutOfRangeException(nameof(kind));
        }
    }
}
