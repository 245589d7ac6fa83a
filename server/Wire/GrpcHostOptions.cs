using System.Security.Cryptography.X509Certificates;

namespace CchcGrpc.Server.Wire;

/// <summary>Where and how a <see cref="GrpcHost"/> listens.</summary>
public sealed class GrpcHostOptions
{
    /// <summary>Address to bind; loopback by default.</summary>
    public System.Net.IPAddress Address { get; set; } = System.Net.IPAddress.Loopback;

    /// <summary>Port to bind; 0 picks a free one (read it back from <see cref="GrpcHost.Address"/>).</summary>
    public int Port { get; set; }

    /// <summary>When set, the endpoint speaks TLS with ALPN "h2"; otherwise h2c with prior knowledge.</summary>
    public X509Certificate2? Certificate { get; set; }

    public GrpcServerOptions Grpc { get; set; } = new();

    /// <summary>Extra services for handlers (ServerCallContext.Services) and logging set-up.</summary>
    public Action<IServiceCollection>? ConfigureServices { get; set; }
}
