using CchcGrpc.Server.Hosting;
using CchcGrpc.Server.Wire;
using CchcGrpc.Server.Wire.Health;
using CchcGrpc.Tests.Probe;
using CchcGrpc.Wire;
using CchcGrpc.Wire.Client;

namespace CchcGrpc.Tests.Wire;

/// <summary>A real server on a loopback port with the probe, health and reflection services, and a channel to it.</summary>
public sealed class ProbeServer : IAsyncLifetime
{
    private GrpcHost? _host;

    public ProbeService Probe { get; } = new();

    public HealthService Health { get; private set; } = null!;

    public GrpcChannel Channel { get; private set; } = null!;

    public Uri Address => _host!.Address;

    public static Method<ProbeRequest, ProbeReply> Echo { get; } = Method<ProbeRequest, ProbeReply>.From(ProbeReflection.Descriptor.Services[0].Methods[0]);

    public static Method<ProbeRequest, ProbeReply> Expand { get; } = Method<ProbeRequest, ProbeReply>.From(ProbeReflection.Descriptor.Services[0].Methods[1]);

    public static Method<ProbeRequest, ProbeReply> Collect { get; } = Method<ProbeRequest, ProbeReply>.From(ProbeReflection.Descriptor.Services[0].Methods[2]);

    public static Method<ProbeRequest, ProbeReply> Chat { get; } = Method<ProbeRequest, ProbeReply>.From(ProbeReflection.Descriptor.Services[0].Methods[3]);

    public async Task InitializeAsync()
    {
        var registry = new GrpcServiceRegistry().Add(ProbeReflection.Descriptor.Services[0], Probe);
        Health = registry.AddStandardServices();
        _host = await GrpcHost.StartAsync(registry, new GrpcHostOptions { Grpc = new GrpcServerOptions { MaxReceiveMessageSize = 1024 * 1024 } });
        Channel = GrpcChannel.ForAddress(_host.Address);
    }

    public async Task DisposeAsync()
    {
        Channel.Dispose();
        await _host!.DisposeAsync();
    }
}
