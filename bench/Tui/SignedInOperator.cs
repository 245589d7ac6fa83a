using System.Diagnostics;
using CchcGrpc.Bench.Infrastructure;

namespace CchcGrpc.Bench.Tui;

/// <summary>
/// The built cchc-server on a fresh database (its demo data) and an operator of huyện 67.661 signed in
/// with the real `cchc login`, its token stored under a config folder of its own (XDG_CONFIG_HOME), so that
/// `cchc` with no verb opens straight on the home screen.
/// </summary>
internal sealed class SignedInOperator : IAsyncDisposable
{
    private const string Password = "mat-khau-bench-tui";
    private readonly string _folder;
    private readonly CchcServerProcess _server;

    private SignedInOperator(string folder, CchcServerProcess server) => (_folder, _server) = (folder, server);

    public static string ClientDll
    {
        get
        {
            string dll = Path.Combine(CchcServerProcess.RepositoryRoot, "tui-client", "bin", "Release", "net10.0", "cchc.dll");
            return File.Exists(dll) ? dll : throw new BenchFailure($"{dll} not found; build the solution in Release first.");
        }
    }

    /// <summary>XDG_CONFIG_HOME holding the stored login.</summary>
    public string ConfigHome => Path.Combine(_folder, "config");

    public static async Task<SignedInOperator> StartAsync()
    {
        string folder = Path.Combine(Path.GetTempPath(), "cchc-bench-tui-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        string database = Path.Combine(folder, "cchc.db");
        CchcServerProcess server = await CchcServerProcess.StartAsync(database);
        var signedIn = new SignedInOperator(folder, server);
        await CchcServerProcess.VerbAsync(database, Password + "\n", "user", "add", "op.bench", "--role", "operator", "--unit", "67.661", "--password-stdin");
        var login = new ProcessStartInfo("dotnet") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string arg in new[] { ClientDll, "login", "--server", server.Address.ToString().TrimEnd('/'), "--user", "op.bench", "--password-stdin" })
        {
            login.ArgumentList.Add(arg);
        }
        login.Environment["XDG_CONFIG_HOME"] = signedIn.ConfigHome;
        using Process process = Process.Start(login)!;
        await process.StandardInput.WriteLineAsync(Password);
        process.StandardInput.Close();
        string error = await process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new BenchFailure($"cchc login: {error}");
        }
        return signedIn;
    }

    public async ValueTask DisposeAsync()
    {
        await _server.DisposeAsync();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Temp folders are cleaned by the OS.
        }
    }
}
