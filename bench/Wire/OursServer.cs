using CchcGrpc.Bench.Infrastructure;
using CchcGrpc.Bench.Protos;
using CchcGrpc.Server.Wire;

namespace CchcGrpc.Bench.Wire;

/// <summary>This project's server (hidden verb serve-ours): GrpcHost with <see cref="BenchService"/> on h2c.</summary>
internal static class OursServer
{
    public static async Task<int> RunAsync()
    {
        using var allocations = AllocationSampler.StartIfRequested();
        var registry = new GrpcServiceRegistry().Add(BenchReflection.Descriptor.Services[0], new BenchService());
        // GrpcHost exactly as it ships (its own logging set-up included): that is what is measured.
        var options = new GrpcHostOptions { Port = 0 };
        await using var host = await GrpcHost.StartAsync(registry, options);
        Console.WriteLine($"LISTENING {host.Address.Port}");
        await StdinShutdown.WaitAsync();
        allocations?.Report(Console.Error);
        return 0;
    }
}
