using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using CchcGrpc.Server.Wire;
using CchcGrpc.Tests.Probe;
using CchcGrpc.Wire.Client;

namespace CchcGrpc.Tests.Wire;

/// <summary>With a certificate configured the server speaks TLS and negotiates h2 by ALPN.</summary>
public sealed class TlsTests
{
    [Fact]
    public async Task A_call_over_TLS_with_ALPN_h2_succeeds()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=localhost", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName("localhost");
        names.AddIpAddress(System.Net.IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        using var ephemeral = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddDays(1));
        using var certificate = X509CertificateLoader.LoadPkcs12(ephemeral.Export(X509ContentType.Pfx), null);

        var registry = new GrpcServiceRegistry().Add(ProbeReflection.Descriptor.Services[0], new ProbeService());
        await using var host = await GrpcHost.StartAsync(registry, new GrpcHostOptions { Certificate = certificate });
        Assert.Equal("https", host.Address.Scheme);

        using var channel = GrpcChannel.ForAddress(host.Address, new GrpcChannelOptions { AcceptAnyServerCertificate = true });
        var reply = await channel.UnaryCall(ProbeServer.Echo, new ProbeRequest { Text = "bảo mật" });
        Assert.Equal("bảo mật", reply.Text);
    }
}
