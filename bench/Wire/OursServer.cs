using CchcGrpc.Bench.Infrastructure;
using CchcGrpc.Bench.Protos;
using CchcGrpc.Server.Wire;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CchcGrpc.Bench.Wire;

/// <summary>This project's server (hidden verb serve-ours): GrpcHost with <see cref="BenchService"/> on h2c.</summary>
internal static class OursServer
{
    public static async Task<int> RunAsync()
    {
        var registry = new GrpcServiceRegistry().Add(BenchReflection.Descriptor.Services[0], new BenchService());
        var options = new GrpcHostOptions
        {
            Port = 0,
            ConfigureServices = services => services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning)),
        };
        await using var host = await GrpcHost.StartAsync(registry, options);
        Console.WriteLine($"LISTENING {host.Address.Port}");
        await StdinShutdown.WaitAsync();
        return 0;
    }
}
