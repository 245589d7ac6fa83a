using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;

namespace CchcGrpc.Tests.Imports;

/// <summary>
/// The built cchc-server run as its own process, so it can be killed like a crashing machine or
/// stopped with SIGTERM like a service manager does, and configured as an administrator would.
/// </summary>
public sealed partial class ServerProcess : IDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output;

    private ServerProcess(Process process, Uri address, ConcurrentQueue<string> output)
    {
        _process = process;
        Uri = address;
        _output = output;
    }

    /// <summary>The first address the server said it listens on.</summary>
    public Uri Uri { get; }

    public int Port => Uri.Port;

    public string Address => $"{Uri.Scheme}://{Uri.Authority}";

    /// <summary>Everything the server wrote to standard output and error so far, in order.</summary>
    public IReadOnlyList<string> Output => [.. _output];

    public bool HasExited => _process.HasExited;

    /// <summary>The server's process id (for /proc/PID: memory and open handles).</summary>
    public int ProcessId => _process.Id;

    public int ExitCode => _process.ExitCode;

    public static string ServerDll
    {
        get
        {
            var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Debug{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Debug" : "Release";
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "CchcGrpc.sln")))
                {
                    return Path.Combine(dir.FullName, "server", "bin", configuration, "net10.0", "cchc-server.dll");
                }
            }
            throw new FileNotFoundException("cchc-server.dll: CchcGrpc.sln not found above the test binaries.");
        }
    }

    /// <summary>Runs a verb (user add, token create) on the database and returns what it printed.</summary>
    public static async Task<string> VerbAsync(string database, string stdin, params string[] args)
    {
        using var process = Process.Start(Info([.. args, "--db", database], null, null))!;
        await process.StandardInput.WriteAsync(stdin);
        process.StandardInput.Close();
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return process.ExitCode == 0 ? output.Trim() : throw new InvalidOperationException($"cchc-server {string.Join(' ', args)}: {await process.StandardError.ReadToEndAsync()}");
    }

    /// <summary>Runs the server with these arguments until it exits by itself (a start that must fail): exit code, stdout, stderr.</summary>
    public static async Task<(int ExitCode, string Output, string Error)> RunToExitAsync(IReadOnlyList<string> args, IReadOnlyDictionary<string, string>? environment = null)
    {
        using var process = Process.Start(Info(args, environment, null))!;
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"cchc-server {string.Join(' ', args)} still runs after 60 s");
        }
        return (process.ExitCode, await output, await error);
    }

    /// <summary>Starts the server on a free loopback port and waits until it says it is listening (after any first-start loading).</summary>
    public static Task<ServerProcess> StartAsync(string database) =>
        StartAsync(["--listen", $"127.0.0.1:{FreePort()}", "--db", database]);

    /// <summary>Starts the server with exactly these arguments, environment and working directory.</summary>
    public static async Task<ServerProcess> StartAsync(IReadOnlyList<string> args, IReadOnlyDictionary<string, string>? environment = null, string? workingDirectory = null)
    {
        var process = Process.Start(Info(args, environment, workingDirectory))!;
        var output = new ConcurrentQueue<string>();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            output.Enqueue(line);
            if (ListeningLine().Match(line) is { Success: true } listening)
            {
                // Keep draining output so the server never blocks on a full pipe.
                _ = DrainAsync(process.StandardOutput, output);
                _ = DrainAsync(process.StandardError, output);
                return new ServerProcess(process, new Uri(listening.Groups[1].Value), output);
            }
        }
        throw new InvalidOperationException($"cchc-server exited before listening: {string.Join('\n', output)}\n{await process.StandardError.ReadToEndAsync()}");
    }

    /// <summary>SIGKILL: no shutdown, no flush, as in a power cut.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    /// <summary>SIGTERM, as systemd or docker stop sends: the server stops gracefully.</summary>
    public void Terminate()
    {
        if (SendSignal(_process.Id, 15) != 0)
        {
            throw new InvalidOperationException($"kill({_process.Id}, SIGTERM) failed: errno {Marshal.GetLastPInvokeError()}");
        }
    }

    public async Task<bool> WaitForExitAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(cancel.Token);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            Kill();
        }
        _process.Dispose();
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task DrainAsync(StreamReader reader, ConcurrentQueue<string> output)
    {
        while (await reader.ReadLineAsync() is { } line)
        {
            output.Enqueue(line);
        }
    }

    private static ProcessStartInfo Info(IReadOnlyList<string> args, IReadOnlyDictionary<string, string>? environment, string? workingDirectory)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(ServerDll);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }
        // A test's server listens where the test says, whatever the developer's shell exports.
        info.Environment.Remove("ASPNETCORE_URLS");
        info.Environment.Remove("DOTNET_URLS");
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[name] = value;
        }
        if (workingDirectory is not null)
        {
            info.WorkingDirectory = workingDirectory;
        }
        return info;
    }

    [GeneratedRegex(@"listening on (\S+?)/?[ ,]")]
    private static partial Regex ListeningLine();

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int SendSignal(int pid, int signal);
}
