using CchcGrpc.Server.Auth;
using CchcGrpc.Server.Domain.Catalog;
using CchcGrpc.Server.Domain.Periods;
using CchcGrpc.Server.Reporting;
using CchcGrpc.Server.Services;
using CchcGrpc.Server.Store;
using CchcGrpc.Server.Store.Sqlite;
using CchcGrpc.Server.Wire;

namespace CchcGrpc.Server.Hosting;

/// <summary>
/// The whole service wired together: the SQLite file, the catalog, the stores, the gRPC services
/// and the Kestrel host. Used by Program, the end-to-end tests and the benchmarks alike.
/// </summary>
public sealed class ServerApp : IAsyncDisposable
{
    private ServerApp(GrpcHost host, Database database, FirstStart firstStart)
    {
        Host = host;
        Database = database;
        FirstStart = firstStart;
    }

    public GrpcHost Host { get; }

    public Database Database { get; }

    public FirstStart FirstStart { get; }

    public Uri Address => Host.Address;

    public static async Task<ServerApp> StartAsync(ServerSettings settings, TimeProvider time, CancellationToken cancellationToken = default)
    {
        var database = Database.Open(settings.DatabasePath, time);
        var catalogs = new CatalogSet([CatalogLoader.Current]);
        var catalogStore = new SqliteCatalogStore(database);
        foreach (var catalog in catalogs.All)
        {
            await catalogStore.RegisterAsync(catalog.Version, catalog.ETag, new DateOnly(2022, 1, 1), CatalogText(catalog.Version), cancellationToken);
            await catalogStore.RegisterIndicatorsAsync(catalog.Indicators.Select(i => i.Id), cancellationToken);
        }
        var units = new SqliteUnitStore(database);
        var reports = new SqliteReportStore(database);
        var users = new SqliteUserStore(database);
        var analytics = new SqliteAnalyticsStore(database);
        var calendar = new ReportingCalendar(settings.Reporting);
        var accounts = new Accounts(users, new PasswordHasher(settings.PasswordIterations), time);
        var authenticator = new Authenticator(users, time);

        var registry = new GrpcServiceRegistry()
            .Add(AuthService.Descriptor, new AuthService(users, accounts, authenticator, new LoginThrottle(time), time))
            .Add(UnitsService.Descriptor, new UnitsService(units, authenticator, time))
            .Add(CatalogService.Descriptor, new CatalogService(catalogs, catalogStore, calendar, authenticator, time))
            .Add(ReportsService.Descriptor, new ReportsService(reports, units, catalogs, calendar, authenticator, time))
            .Add(AnalyticsService.Descriptor, new AnalyticsService(analytics, units, catalogs, calendar, authenticator))
            .Add(ImportsService.Descriptor, new ImportsService(new SqliteImportStore(database), units, catalogs, authenticator, time));
        registry.AddStandardServices();

        var host = await GrpcHost.StartAsync(registry, new GrpcHostOptions
        {
            Address = settings.Address,
            Port = settings.Port,
            Certificate = settings.LoadCertificate(),
            Grpc = new GrpcServerOptions { MaxReceiveMessageSize = settings.MaxMessageBytes, MaxSendMessageSize = settings.MaxMessageBytes },
        }, cancellationToken);
        return new ServerApp(host, database, new FirstStart(units, reports, users, accounts, catalogs, calendar));
    }

    public ValueTask DisposeAsync() => Host.DisposeAsync();

    private static string CatalogText(string version)
    {
        using var stream = typeof(CatalogLoader).Assembly.GetManifestResourceStream($"CchcGrpc.Catalog.catalog-{version}.json")!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
