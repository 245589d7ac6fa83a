using CchcGrpc.Server.Auth;
using CchcGrpc.Server.Hosting;
using CchcGrpc.Server.Store.Sqlite;
using CchcGrpc.Tests.EndToEnd;
using CchcGrpc.Tests.Wire;
using Microsoft.Data.Sqlite;

namespace CchcGrpc.Tests.Reliability;

/// <summary>
/// The end-to-end server with every log line captured, a connection of the test's own on its
/// database file (to see whether a call wrote anything), and fresh tokens on demand (a Logout
/// must not end the session the other calls use).
/// </summary>
public sealed class ObservedServer : ReportingServer, IAsyncLifetime
{
    private SqliteConnection? _watch;

    public CapturedLogs Logs { get; } = new();

    public string DatabasePath => Path.Combine(Folder, "cchc.db");

    /// <summary>
    /// SQLite's data_version as seen from the test's own connection: it changes exactly when another
    /// connection (the server's) has committed a write since the last look.
    /// </summary>
    public long DataVersion()
    {
        if (_watch is null)
        {
            _watch = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = DatabasePath, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
            _watch.Open();
        }
        using var command = _watch.CreateCommand();
        command.CommandText = "PRAGMA data_version";
        return (long)command.ExecuteScalar()!;
    }

    /// <summary>A new token for one of the fixture's accounts, with the same role and scopes.</summary>
    public async Task<string> FreshTokenAsync(string user, TimeSpan? lifetime = null)
    {
        var store = new SqliteUserStore(App.Database);
        var record = await store.FindUserAsync(user, CancellationToken.None) ?? throw new ArgumentException(user);
        var scopes = Accounts.Single(a => a.Name == user).Scopes;
        return (await new Accounts(store, new PasswordHasher(1000), TimeProvider.System).IssueTokenAsync(record, lifetime ?? TimeSpan.FromHours(1), scopes, CancellationToken.None)).Token;
    }

    protected override ServerSettings Adjust(ServerSettings settings) => settings with
    {
        // Only the captured lines: ten thousand calls on the console would cost more than the calls.
        ConfigureLogging = logging => logging.ClearProviders().AddProvider(Logs),
    };

    public new async Task DisposeAsync()
    {
        _watch?.Dispose();
        await base.DisposeAsync();
    }
}
