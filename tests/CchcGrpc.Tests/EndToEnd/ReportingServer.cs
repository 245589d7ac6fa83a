using Cchc.V1;
using CchcGrpc.Server.Auth;
using CchcGrpc.Server.Domain.Access;
using CchcGrpc.Server.Hosting;
using CchcGrpc.Server.Store.Sqlite;
using Grpc.Core;
using Grpc.Net.Client;
using Role = CchcGrpc.Server.Domain.Access.Role;

namespace CchcGrpc.Tests.EndToEnd;

/// <summary>
/// The real server on a loopback port over a real SQLite file, with the sample province, its demo
/// reports, and one signed-in account per kind of caller.
/// </summary>
public sealed class ReportingServer : IAsyncLifetime
{
    public const string Password = "mat-khau-thu-nghiem";
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "cchc-e2e-" + Guid.NewGuid().ToString("N")[..8]);
    private readonly Dictionary<string, string> _tokens = new(StringComparer.Ordinal);
    private ServerApp? _app;

    public GrpcChannel Channel { get; private set; } = null!;

    public ServerApp App => _app!;

    /// <summary>(name, role, unit, scopes) of the accounts every test can use.</summary>
    public static IReadOnlyList<(string Name, Role Role, string? Unit, string[]? Scopes)> Accounts { get; } =
    [
        ("op.gianghia", Role.Operator, "67.660", null),
        ("op.dakmil", Role.Operator, "67.661", null),
        ("rv.daknong", Role.Reviewer, "67", null),
        ("rv.gianghia", Role.Reviewer, "67.660", null),
        ("admin", Role.Admin, null, null),
        ("svc.reader", Role.Service, null, [Scopes.UnitsRead, Scopes.ReportsRead, Scopes.AnalyticsRead]),
        ("svc.gianghia", Role.Service, "67.660", [Scopes.ReportsWrite]),
    ];

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        _app = await ServerApp.StartAsync(new ServerSettings { Port = 0, DatabasePath = Path.Combine(_folder, "cchc.db"), PasswordIterations = 1000 }, TimeProvider.System);
        await _app.FirstStart.SeedDemoDataAsync(CancellationToken.None);
        Channel = GrpcChannel.ForAddress(_app.Address);
        var accounts = new Accounts(new SqliteUserStore(_app.Database), new PasswordHasher(1000), TimeProvider.System);
        foreach (var (name, role, unit, scopes) in Accounts)
        {
            var user = await accounts.AddUserAsync(name, role, unit, role == Role.Service ? null : Password, CancellationToken.None);
            _tokens[name] = role == Role.Service
                ? (await accounts.IssueTokenAsync(user, TimeSpan.FromHours(1), scopes, CancellationToken.None)).Token
                : (await Channel.UnaryCall(Rpc.Login, new LoginRequest { UserName = name, Password = Password })).Token;
        }
    }

    public async Task DisposeAsync()
    {
        Channel.Dispose();
        await _app!.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // The OS cleans temp folders; a held file must not fail the run.
        }
    }

    /// <summary>Calls a unary RPC as <paramref name="user"/> (null: without a token).</summary>
    public Task<TResponse> CallAsync<TRequest, TResponse>(string? user, Method<TRequest, TResponse> method, TRequest request, string? language = null)
        where TRequest : class
        where TResponse : class =>
        Channel.UnaryCall(method, request, CallHelpers.Bearer(user is null ? null : _tokens[user], language)).ResponseAsync;

    public CallOptions As(string user) => CallHelpers.Bearer(_tokens[user]);

    public string TokenOf(string user) => _tokens[user];
}
