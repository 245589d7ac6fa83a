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

            var results = new List<ServerResult>();
            foreach (var kind in options.Servers)
            {
                results.Add(await MeasureAsync(kind, tools, options, h2load, work.FullName));
            }

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

    private static async Task<ServerResult> MeasureAsync(ServerKind kind, Prerequisites tools, WireOptions options,
        H2LoadRunner h2load, string work)
    {
        var name = kind.Name();
        var runs = new List<H2LoadRun>();
        try
        {
            await using var server = await StartAsync(kind, tools, work);
            Console.WriteLine($"{name}: listening on {server.BaseAddress}");

            async Task<H2LoadRun> CheckedRunAsync(int seconds)
            {
                await GrpcProbe.CheckAsync(name, server.BaseAddress, "before");
                var run = await h2load.RunAsync(name, server.BaseAddress, seconds);
                server.EnsureRunning();
                await GrpcProbe.CheckAsync(name, server.BaseAddress, "after");
                return run;
            }

            var warm = await CheckedRunAsync(options.WarmupSeconds);
            Console.WriteLine($"{name}: warm-up {warm.RequestsPerSecond:N0} req/s (discarded)");
            for (var i = 1; i <= options.Runs; i++)
            {
                var run = await CheckedRunAsync(options.DurationSeconds);
                runs.Add(run);
                Console.WriteLine($"{name}: run {i}/{options.Runs}: {run.RequestsPerSecond:N0} req/s, p50 {run.P50Milliseconds:0.00} ms, p99 {run.P99Milliseconds:0.00} ms ({run.Succeeded:N0} calls)");
            }
            return new ServerResult(kind, runs, null);
        }
        catch (BenchFailure failure)
        {
            Console.Error.WriteLine($"{name}: FAILED: {failure.Message}");
            return new ServerResult(kind, [], failure.Message);
        }
    }

    private static async Task<ServerProcess> StartAsync(ServerKind kind, Prerequisites tools, string work)
    {
        switch (kind)
        {
            case ServerKind.Ours:
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
