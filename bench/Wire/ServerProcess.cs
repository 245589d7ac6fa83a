using System.Diagnostics;
using System.Reflection;
using System.Text;
using CchcGrpc.Bench.Infrastructure;

namespace CchcGrpc.Bench.Wire;

/// <summary>
/// One server under test in its own process. It prints "LISTENING &lt;port&gt;" once bound and stops
/// when its standard input closes.
/// </summary>
internal sealed class ServerProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private readonly Process _process;
    private readonly StringBuilder _stderr = new();
    private readonly string _name;
    private TaskCompletionSource<string>? _statsAnswer;

    private ServerProcess(string name, Process process)
    {
        _name = name;
        _process = process;
    }

    public int Port { get; private set; }

    public int Pid => _process.Id;

    public Uri BaseAddress => new($"http://127.0.0.1:{Port}");

    /// <summary>What the server wrote to standard error so far (for failure messages).</summary>
    public string StandardError
    {
        get
        {
            lock (_stderr)
            {
                return _stderr.ToString();
            }
        }
    }

    /// <summary>The command line that re-invokes this executable with a hidden verb.</summary>
    public static (string FileName, string[] Arguments) Self(string verb)
    {
        var path = Environment.ProcessPath ?? throw new BenchFailure("cannot tell this executable's path");
        return Path.GetFileNameWithoutExtension(path) == "dotnet"
            ? (path, [Assembly.GetEntryAssembly()!.Location, verb])
            : (path, [verb]);
    }

    public static async Task<ServerProcess> StartAsync(string name, string fileName, IEnumerable<string> arguments,
        string? taskset, string? workingDirectory = null, IReadOnlyDictionary<string, string>? environment = null)
    {
        var info = new ProcessStartInfo(taskset ?? fileName)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Directory.GetCurrentDirectory(),
        };
        if (taskset is not null)
        {
            // The server gets CPU 1; h2load runs on CPU 0.
            info.ArgumentList.Add("--cpu-list");
            info.ArgumentList.Add(CpuAffinity.ServerCpus);
            info.ArgumentList.Add(fileName);
        }
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[key] = value;
        }

        var process = Process.Start(info) ?? throw new BenchFailure($"{name}: cannot start {fileName}");
        var server = new ServerProcess(name, process);
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                lock (server._stderr)
                {
                    server._stderr.AppendLine(e.Data);
                }
            }
        };
        process.BeginErrorReadLine();

        using var cts = new CancellationTokenSource(StartTimeout);
        try
        {
            while (true)
            {
                var line = await process.StandardOutput.ReadLineAsync(cts.Token);
                if (line is null)
                {
                    await process.WaitForExitAsync(cts.Token);
                    throw new BenchFailure($"{name} server exited (code {process.ExitCode}) before listening:\n{server.StandardError}");
                }
                if (line.StartsWith("LISTENING ", StringComparison.Ordinal) && int.TryParse(line.AsSpan(10), out var port))
                {
                    server.Port = port;
                    break;
                }
            }
        }
        catch (OperationCanceledException)
        {
            await server.DisposeAsync();
            throw new BenchFailure($"{name} server did not report a port within {StartTimeout.TotalSeconds:0} s:\n{server.StandardError}");
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
        // Keep reading stdout (a chatty server must never block on a full pipe); STATS lines answer QueryGcStatsAsync.
        _ = server.ReadOutputAsync();
        return server;
    }

    /// <summary>Allocation and GC counters of a .NET server under test (the serve-* verbs answer "stats").</summary>
    public async Task<GcStats?> QueryGcStatsAsync()
    {
        var answer = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        Volatile.Write(ref _statsAnswer, answer);
        await _process.StandardInput.WriteLineAsync("stats");
        await _process.StandardInput.FlushAsync();
        var line = await answer.Task.WaitAsync(TimeSpan.FromSeconds(10));
        var parts = line.Split(' ');
        return parts.Length == 5
            && long.TryParse(parts[1], out var bytes) && int.TryParse(parts[2], out var gen0)
            && int.TryParse(parts[3], out var gen1) && int.TryParse(parts[4], out var gen2)
                ? new GcStats(bytes, gen0, gen1, gen2)
                : null;
    }

    private async Task ReadOutputAsync()
    {
        try
        {
            while (await _process.StandardOutput.ReadLineAsync() is { } line)
            {
                if (line.StartsWith("STATS ", StringComparison.Ordinal))
                {
                    Interlocked.Exchange(ref _statsAnswer, null)?.TrySetResult(line);
                }
            }
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or InvalidOperationException)
        {
            // The process is gone; EnsureRunning reports it.
        }
    }

    /// <summary>Fails when the server has died (a crash under load must not pass unnoticed).</summary>
    public void EnsureRunning()
    {
        if (_process.HasExited)
        {
            throw new BenchFailure($"{_name} server died (exit code {_process.ExitCode}):\n{StandardError}");
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.StandardInput.Close();
                using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(10));
                try
                {
                    await _process.WaitForExitAsync(cts.Token);
                }
                catch (OperationCanceledException)
                {
                    _process.Kill(entireProcessTree: true);
                    await _process.WaitForExitAsync();
                }
            }
        }
        finally
        {
            _process.Dispose();
        }
    }
}
