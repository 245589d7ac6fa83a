using CchcGrpc.Interop;
using CchcGrpc.Server.Hosting;
using CchcGrpc.Server.Wire;
using Grpc.Testing;

namespace CchcGrpc.Tests.Interop;

/// <summary>
/// Our server in-process on a loopback port: grpc.testing.TestService plus health and reflection.
/// grpc.testing.UnimplementedService is left out on purpose (unimplemented_service needs it absent).
/// </summary>
public sealed class OurInteropServer : IAsyncLifetime
{
    private GrpcHost? _host;

    public Uri Address => _host?.Address ?? throw new InvalidOperationException("The server has not started.");

    public async Task InitializeAsync()
    {
        var registry = new GrpcServiceRegistry().Add(TestReflection.Descriptor.Services[0], new TestServiceImpl());
        registry.AddStandardServices();
        _host = await GrpcHost.StartAsync(registry, new GrpcHostOptions { Port = 0 });
    }

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }
}
