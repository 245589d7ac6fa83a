using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace CchcGrpc.Bench.Infrastructure;

/// <summary>
/// The built cchc-server (server/bin/Release) in a process of its own on a given database, so the
/// load a suite generates runs in another process than the server it measures, as in production.
/// </summary>
internal sealed class CchcServerProcess : IAsyncDisposable
{
    private CchcServerProcess(Process process, int port) => (Process, Port) = (process, port);

    /// <summary>Another build of the server to measure (bench import --server-dll).</summary>
    public static string? ServerDllOverride { get; set; }

    public static string RepositoryRoot => Path.GetFullPath(Path.Combine(BenchPaths.BenchDirectory, ".."));

    public static string ServerDll
    {
        get
        {
            var dll = ServerDllOverride ?? Path.Combine(RepositoryRoot, "server", "bin", "Release", "net10.0", "cchc-server.dll");
            return File.Exists(dll) ? dll : throw new BenchFailure($"{dll} not found; build the solution in Release first.");
        }
    }

    public Process Process { get; }

    public int Port { get; }

    public Uri Address => new($"http://127.0.0.1:{Port}");

    /// <summary>utime + stime of the whole server process so far, in seconds (/proc, ticks of 1/100 s).</summary>
    public double CpuSeconds
    {
        get
        {
            var stat = File.ReadAllText($"/proc/{Process.Id}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / 100.0;
        }
    }

    /// <summary>Runs a verb (user add, token create) on the database; its standard output.</summary>
    public static async Task<string> VerbAsync(string database, string stdin, params string[] args)
    {
        using var process = Process.Start(Info([.. args, "--db", database]))!;
        await process.StandardInput.WriteAsync(stdin);
        process.StandardInput.Close();
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return process.ExitCode == 0 ? output.Trim() : throw new BenchFailure($"cchc-server {string.Join(' ', args)}: {await process.StandardError.ReadToEndAsync()}");
    }

    /// <summary>Starts the server on a free loopback port and waits until it listens (after any first-start loading).</summary>
    public static async Task<CchcServerProcess> StartAsync(string database, params string[] options)
    {
        var port = FreePort();
        var process = Process.Start(Info(["--listen", $"127.0.0.1:{port}", "--db", database, .. options]))!;
        while (await process.StandardOutput.ReadLineAsync() is { } line)
        {
            if (line.Contains("listening on", StringComparison.Ordinal))
            {
                // A chatty server must never block on a full pipe.
                _ = process.StandardOutput.ReadToEndAsync();
                _ = process.StandardError.ReadToEndAsync();
                return new CchcServerProcess(process, port);
            }
        }
        throw new BenchFailure($"cchc-server exited before listening: {await process.StandardError.ReadToEndAsync()}");
    }

    /// <summary>A service account with a day's token, for suites that import.</summary>
    public static async Task<string> ServiceTokenAsync(string database)
    {
        await VerbAsync(database, "", "user", "add", "svc.bench", "--role", "service");
        return await VerbAsync(database, "", "token", "create", "--user", "svc.bench", "--expires", "1d");
    }

    public async ValueTask DisposeAsync()
    {
        if (!Process.HasExited)
        {
            Process.Kill();
        }
        await Process.WaitForExitAsync();
        Process.Dispose();
    }

    private static ProcessStartInfo Info(IReadOnlyList<string> args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(ServerDll);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }
        return info;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
