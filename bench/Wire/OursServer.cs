using CchcGrpc.Bench.Infrastructure;
using CchcGrpc.Server.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace CchcGrpc.Bench.Wire;

/// <summary>
/// This project's server (hidden verb serve-ours): the service exactly as it ships (<see cref="ServerApp"/>:
/// grpc-dotnet on Kestrel with our interceptors, limits and gzip, the cchc.v1 services on an empty
/// database of its own) with <see cref="BenchService"/> added, on h2c. Arguments go on to ASP.NET
/// Core's configuration (e.g. --Logging:LogLevel:CchcGrpc.Server.Wire.CallLog=Warning).
/// </summary>
internal static class OursServer
{
    public static async Task<int> RunAsync(IReadOnlyList<string> configuration)
    {
        using var allocations = AllocationSampler.StartIfRequested();
        var folder = Directory.CreateTempSubdirectory("cchc-bench-ours-");
        try
        {
            var settings = new ServerSettings
            {
                Port = 0,
                DatabasePath = Path.Combine(folder.FullName, "cchc.db"),
                SeedDemoData = false,
                HostArguments = configuration,
                ConfigureServices = services => services.AddSingleton<BenchService>(),
                MapEndpoints = endpoints => endpoints.MapGrpcService<BenchService>(),
            };
            await using (var app = await ServerApp.StartAsync(settings, TimeProvider.System))
            {
                Console.WriteLine($"LISTENING {app.Address.Port}");
                await StdinShutdown.WaitAsync();
                allocations?.Report(Console.Error);
            }
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
        return 0;
    }
}
