using CchcGrpc.Tests.Imports;

namespace CchcGrpc.Tests.Tui.Tmux;

/// <summary>
/// cchc-server in its own process on a new database (the demo organisation and reports it loads on
/// first start), with the accounts the terminal tests sign in as, and where the real `cchc` client is.
/// </summary>
public sealed class TerminalServer : IAsyncLifetime
{
    public const string Password = "mat-khau-thu-nghiem";

    private ServerProcess? _server;

    /// <summary>A folder for the database and the clients' config homes, removed at the end.</summary>
    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "cchc-tmux-" + Guid.NewGuid().ToString("N")[..8]);

    public string Address => _server!.Address;

    /// <summary>The client's own build output (its deps.json), not the copy beside the test assembly.</summary>
    public static string ClientDll
    {
        get
        {
            // server/bin/{configuration}/net10.0/cchc-server.dll → tui-client/bin/{configuration}/net10.0/cchc.dll
            string framework = Path.GetDirectoryName(ServerProcess.ServerDll)!;
            string configuration = Path.GetFileName(Path.GetDirectoryName(framework))!;
            string root = Path.GetFullPath(Path.Combine(framework, "..", "..", "..", ".."));
            return Path.Combine(root, "tui-client", "bin", configuration, "net10.0", "cchc.dll");
        }
    }

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Folder);
        string database = Path.Combine(Folder, "cchc.db");
        _server = await ServerProcess.StartAsync(database);
        await ServerProcess.VerbAsync(database, Password + "\n", "user", "add", "op.dakmil", "--role", "operator", "--unit", "67.661", "--password-stdin");
        await ServerProcess.VerbAsync(database, Password + "\n", "user", "add", "rv.tinh", "--role", "reviewer", "--unit", "67", "--password-stdin");
    }

    public Task DisposeAsync()
    {
        _server?.Dispose();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // Temp folders are cleaned by the OS.
        }
        return Task.CompletedTask;
    }
}
