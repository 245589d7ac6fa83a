using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace CchcGrpc.Bench.Import;

/// <summary>
/// The built cchc-server in a process of its own on a fresh database, with a service account's token:
/// what both import benchmarks import into.
/// </summary>
public sealed class ImportServerProcess : IAsyncDisposable
{
    private ImportServerProcess(Process process, int port, string token) => (Process, Port, Token) = (process, port, token);

    /// <summary>server/bin/Release/net10.0/cchc-server.dll unless --server-dll named another build.</summary>
    public static string? ServerDllOverride { get; set; }

    public static string ServerDll => ServerDllOverride ?? Path.Combine(RepositoryRoot(), "server", "bin", "Release", "net10.0", "cchc-server.dll");

    public Process Process { get; }

    public int Port { get; }

    public string Token { get; }

    public string Address => $"http://127.0.0.1:{Port}";

    public static async Task<ImportServerProcess> StartAsync(string database)
    {
        await VerbAsync(database, "user", "add", "svc.bench", "--role", "service");
        var token = (await VerbAsync(database, "token", "create", "--user", "svc.bench", "--expires", "1d")).Trim();
        var port = FreePort();
        var process = Process.Start(Info(["--listen", $"127.0.0.1:{port}", "--db", database]))!;
        while (await process.StandardOutput.ReadLineAsync() is { } line && !line.Contains("listening on", StringComparison.Ordinal))
        {
        }
        _ = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        return new ImportServerProcess(process, port, token);
    }

    public async ValueTask DisposeAsync()
    {
        Process.Kill();
        await Process.WaitForExitAsync();
        Process.Dispose();
    }

    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CchcGrpc.sln"))) return dir.FullName;
        }
        throw new DirectoryNotFoundException("CchcGrpc.sln not found above the bench binaries.");
    }

    private static async Task<string> VerbAsync(string database, params string[] args)
    {
        using var process = Process.Start(Info([.. args, "--db", database]))!;
        process.StandardInput.Close();
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return process.ExitCode == 0 ? output : throw new InvalidOperationException(await process.StandardError.ReadToEndAsync());
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
