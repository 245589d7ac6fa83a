using Cchc.V1;
using CchcGrpc.Server.Auth;
using Role = CchcGrpc.Server.Domain.Access.Role;
using CchcGrpc.Server.Hosting;
using CchcGrpc.Server.Store.Sqlite;
using Grpc.Core;
using CchcGrpc.Tests.EndToEnd;
using Grpc.Net.Client;

namespace CchcGrpc.Tests.Imports;

/// <summary>
/// The real server on a real SQLite file with the sample organisation, and operators of the
/// province (67) and of Sở Khoa học và Công nghệ (67.SKHCN) logged in over the wire.
/// </summary>
public class ImportServer : IAsyncLifetime
{
    public const string Password = "import-test-password";
    private static readonly Method<ImportBatch, ImportResult> ImportMethod = EndToEnd.Rpc.ImportValues;
    private static readonly Method<GetReportRequest, Report> GetReportMethod = EndToEnd.Rpc.GetReport;
    private static readonly Method<LoginRequest, LoginResponse> LoginMethod = EndToEnd.Rpc.Login;

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "cchc-import-" + Guid.NewGuid().ToString("N")[..8]);
    private ServerApp? _app;

    public ServerApp App => _app ?? throw new InvalidOperationException("Not started.");

    public string DatabasePath => Path.Combine(_folder, "cchc.db");

    public GrpcChannel Channel { get; private set; } = null!;

    public string ProvinceOperator { get; private set; } = "";

    public string DepartmentOperator { get; private set; } = "";

    /// <summary>An operator of Huyện Đắk Glong (67.661), a district: no form of its own.</summary>
    public string DistrictOperator { get; private set; } = "";

    /// <summary>An operator of Xã Quảng Sơn (67.661.24616), a commune.</summary>
    public string CommuneOperator { get; private set; } = "";

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        _app = await ServerApp.StartAsync(Adjust(new ServerSettings { Port = 0, DatabasePath = DatabasePath, PasswordIterations = 1000 }), TimeProvider.System);
        await App.FirstStart.SeedDemoDataAsync(CancellationToken.None);
        var accounts = new Accounts(new SqliteUserStore(App.Database), new PasswordHasher(1000), TimeProvider.System);
        await accounts.AddUserAsync("op.67", Role.Operator, "67", Password, CancellationToken.None);
        await accounts.AddUserAsync("op.skhcn", Role.Operator, "67.SKHCN", Password, CancellationToken.None);
        await accounts.AddUserAsync("op.dakglong", Role.Operator, "67.661", Password, CancellationToken.None);
        await accounts.AddUserAsync("op.quangson", Role.Operator, "67.661.24616", Password, CancellationToken.None);
        Channel = GrpcChannel.ForAddress(App.Address.ToString());
        ProvinceOperator = await LoginAsync("op.67");
        DepartmentOperator = await LoginAsync("op.skhcn");
        DistrictOperator = await LoginAsync("op.dakglong");
        CommuneOperator = await LoginAsync("op.quangson");
    }

    public async Task DisposeAsync()
    {
        Channel.Dispose();
        await App.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A connection still closing; the OS cleans temp.
        }
    }

    /// <summary>The settings a derived fixture starts its server with (a smaller message limit…).</summary>
    protected virtual ServerSettings Adjust(ServerSettings settings) => settings;

    public static CallOptions As(string token) => CallHelpers.Bearer(token);

    public async Task<ImportResult> ImportAsync(string token, params ImportBatch[] batches)
    {
        using var call = Channel.ClientStreamingCall(ImportMethod, As(token));
        foreach (var batch in batches)
        {
            await call.RequestStream.WriteAsync(batch);
        }
        await call.RequestStream.CompleteAsync();
        return await call.ResponseAsync;
    }

    public async Task<Report?> GetReportAsync(string token, string name)
    {
        using var call = Channel.UnaryCall(GetReportMethod, new GetReportRequest { Name = name }, As(token));
        try
        {
            return await call.ResponseAsync;
        }
        catch (RpcException ex) when (ex.StatusCode == StatusCode.NotFound)
        {
            return null;
        }
    }

    private async Task<string> LoginAsync(string user)
    {
        using var call = Channel.UnaryCall(LoginMethod, new LoginRequest { UserName = user, Password = Password });
        return (await call.ResponseAsync).Token;
    }
}
