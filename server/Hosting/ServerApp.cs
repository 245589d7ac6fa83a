using CchcGrpc.Server.Wire;
using Grpc.AspNetCore.Server.Model;
using CchcGrpc.Server.Auth;
using CchcGrpc.Server.Domain.Catalog;
using CchcGrpc.Server.Domain.Periods;
using CchcGrpc.Server.Reporting;
using CchcGrpc.Server.Reporting.Imports;
using CchcGrpc.Server.Services;
using CchcGrpc.Server.Store;
using CchcGrpc.Server.Store.Sqlite;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace CchcGrpc.Server.Hosting;

/// <summary>
/// The whole service wired together: the SQLite file, the catalog, the stores, the cchc.v1 services
/// with health and reflection, on the host of <see cref="GrpcWebHost"/>. Used by Program, the
/// end-to-end tests and the benchmarks alike.
/// </summary>
public sealed partial class ServerApp : IAsyncDisposable
{
    /// <summary>The cchc.v1 services, by full name, as health checks and reflection list them.</summary>
    public static readonly IReadOnlyList<string> ServiceNames =
    [
        Cchc.V1.Auth.Descriptor.FullName, Cchc.V1.Units.Descriptor.FullName, Cchc.V1.Catalog.Descriptor.FullName,
        Cchc.V1.Reports.Descriptor.FullName, Cchc.V1.Analytics.Descriptor.FullName, Cchc.V1.Imports.Descriptor.FullName,
        Cchc.V1.Plans.Descriptor.FullName, Cchc.V1.Indices.Descriptor.FullName,
    ];

    private bool _stopped;

    private ServerApp(WebApplication host, Database database, FirstStart firstStart, IReadOnlyList<Uri> addresses)
    {
        Host = host;
        Database = database;
        FirstStart = firstStart;
        Addresses = addresses;
    }

    public WebApplication Host { get; }

    public Database Database { get; }

    public FirstStart FirstStart { get; }

    /// <summary>Every bound address, as a client on this machine dials it.</summary>
    public IReadOnlyList<Uri> Addresses { get; }

    /// <summary>The first bound address, e.g. http://127.0.0.1:50051.</summary>
    public Uri Address => Addresses[0];

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
        var builder = GrpcWebHost.CreateBuilder(settings);
        AddStoreAndDomain(builder.Services, settings, database, catalogs, catalogStore, time);
        builder.Services.AddGrpcReflection();
        builder.Services.AddGrpcHealthChecks(health =>
        {
            foreach (var service in ServiceNames)
            {
                health.Services.Map(service, check => check.Tags.Contains(DatabaseHealthCheck.Tag));
            }
        }).AddCheck<DatabaseHealthCheck>(DatabaseHealthCheck.Tag, tags: [DatabaseHealthCheck.Tag]);
        settings.ConfigureServices?.Invoke(builder.Services);
        // Last, once every AddGrpc* has run: grpc-dotnet's binder gives way to one that answers
        // undecodable request bytes with INVALID_ARGUMENT (see DecodableRequests).
        var binders = builder.Services.Where(d => d.ServiceType == typeof(IServiceMethodProvider<>) && d.ImplementationType?.Name.StartsWith("BinderServiceMethodProvider", StringComparison.Ordinal) == true).ToList();
        foreach (var binder in binders)
        {
            builder.Services.Remove(binder);
        }
        builder.Services.AddSingleton(typeof(IServiceMethodProvider<>), typeof(DecodableRequests<>));

        var app = builder.Build();
        var quota = StorageQuota.Start(database, app.Configuration, settings, app.Services.GetRequiredService<ILogger<StorageQuota>>());
        app.MapGrpcService<AuthService>();
        app.MapGrpcService<UnitsService>();
        app.MapGrpcService<CatalogService>();
        app.MapGrpcService<ReportsService>();
        app.MapGrpcService<AnalyticsService>();
        app.MapGrpcService<ImportsService>();
        app.MapGrpcService<PlansService>();
        app.MapGrpcService<IndicesService>();
        app.MapGrpcHealthChecksService();
        // Serves grpc.reflection.v1 and v1alpha.
        app.MapGrpcReflectionService();
        settings.MapEndpoints?.Invoke(app);
        // Calls in flight have finished (or the shutdown timeout cut them off) when this runs.
        var log = app.Services.GetRequiredService<ILogger<ServerApp>>();
        app.Lifetime.ApplicationStopped.Register(() =>
        {
            if (database.Close() is { } problem)
            {
                LogLogKept(log, database.Path, problem);
            }
        });
        app.Lifetime.ApplicationStopped.Register(quota.Dispose);
        await app.StartAsync(cancellationToken).ConfigureAwait(false);

        var bound = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        return new ServerApp(app, database, app.Services.GetRequiredService<FirstStart>(), [.. bound.Select(GrpcEndpoints.Dialable)]);
    }

    /// <summary>Until SIGTERM / Ctrl+C, then a graceful stop (calls in flight finish within the shutdown timeout).</summary>
    public async Task RunUntilShutdownAsync()
    {
        await Host.WaitForShutdownAsync().ConfigureAwait(false);
        _stopped = true;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_stopped)
        {
            await Host.StopAsync().ConfigureAwait(false);
        }
        await Host.DisposeAsync().ConfigureAwait(false);
    }

    private static void AddStoreAndDomain(IServiceCollection services, ServerSettings settings, Database database, CatalogSet catalogs, SqliteCatalogStore catalogStore, TimeProvider time)
    {
        services.AddSingleton(time);
        services.AddSingleton(database);
        services.AddSingleton(catalogs);
        services.AddSingleton<ICatalogStore>(catalogStore);
        services.AddSingleton<IUnitStore, SqliteUnitStore>();
        services.AddSingleton<IReportStore, SqliteReportStore>();
        services.AddSingleton<IUserStore, SqliteUserStore>();
        services.AddSingleton<IAnalyticsStore, SqliteAnalyticsStore>();
        services.AddSingleton<IImportStore, SqliteImportStore>();
        services.AddSingleton<IPlanStore, SqlitePlanStore>();
        services.AddSingleton<IIndexStore, SqliteIndexStore>();
        services.AddSingleton(new ReportingCalendar(settings.Reporting));
        services.AddSingleton(new PasswordHasher(settings.PasswordIterations));
        services.AddSingleton(ImportAnswerSize.ForMessagesOf(settings.MaxMessageBytes));
        services.AddSingleton<Accounts>();
        services.AddSingleton<Authenticator>();
        services.AddSingleton<LoginThrottle>();
        services.AddSingleton<FirstStart>();
        // One instance per service for the life of the server: they hold no per-call state.
        services.AddSingleton<AuthService>();
        services.AddSingleton<UnitsService>();
        services.AddSingleton<CatalogService>();
        services.AddSingleton<ReportsService>();
        services.AddSingleton<AnalyticsService>();
        services.AddSingleton<ImportsService>();
        services.AddSingleton<PlansService>();
        services.AddSingleton<IndicesService>();
    }

    private static string CatalogText(string version)
    {
        using var stream = typeof(CatalogLoader).Assembly.GetManifestResourceStream($"CchcGrpc.Catalog.catalog-{version}.json")!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    [LoggerMessage(EventId = 23, EventName = "WriteAheadLogKept", Level = LogLevel.Warning, Message = "At shutdown the write-ahead log of {Database} could not be folded into it ({Problem}); nothing is lost: it is kept beside the file and replayed at the next start")]
    private static partial void LogLogKept(ILogger logger, string database, string problem);
}
