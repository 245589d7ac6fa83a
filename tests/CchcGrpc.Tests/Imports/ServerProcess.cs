using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace CchcGrpc.Tests.Imports;

/// <summary>The built cchc-server run as its own process, so it can be killed like a crashing machine.</summary>
public sealed class ServerProcess : IDisposable
{
    private readonly Process _process;

    private ServerProcess(Process process, int port)
    {
        _process = process;
        Port = port;
    }

    public int Port { get; }

    public string Address => $"http://127.0.0.1:{Port}";

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
        using var process = Process.Start(Info([.. args, "--db", database]))!;
        await process.StandardInput.WriteAsync(stdin);
        process.StandardInput.Close();
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return process.ExitCode == 0 ? output.Trim() : throw new InvalidOperationException($"cchc-server {string.Join(' ', args)}: {await process.StandardError.ReadToEndAsync()}");
    }

    /// <summary>Starts the server and waits until it says it is listening (after any first-start loading).</summary>
    public static async Task<ServerProcess> StartAsync(string database)
    {
        var port = FreePort();
        var process = Process.Start(Info(["--listen", $"127.0.0.1:{port}", "--db", database]))!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.Contains("listening on", StringComparison.Ordinal))
            {
                // Keep draining output so the server never blocks on a full pipe.
                _ = process.StandardOutput.ReadToEndAsync();
                _ = process.StandardError.ReadToEndAsync();
                return new ServerProcess(process, port);
            }
        }
        throw new InvalidOperationException($"cchc-server exited before listening: {await process.StandardError.ReadToEndAsync()}");
    }

    /// <summary>SIGKILL: no shutdown, no flush, as in a power cut.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            Kill();
        }
        _process.Dispose();
    }

    private static ProcessStartInfo Info(string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(ServerDll);
        foreach (var arg in args) info.ArgumentList.Add(arg);
        return info;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
