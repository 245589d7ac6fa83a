using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Cchc.V1;
using CchcGrpc.Server.Hosting;
using Grpc.Core;
using Grpc.Health.V1;
using Grpc.Net.Client;
using Microsoft.Data.Sqlite;

namespace CchcGrpc.Tests.Hosting;

/// <summary>With a certificate (--cert) the server speaks TLS and negotiates h2 by ALPN; a client that does not trust it is refused.</summary>
public sealed class TlsTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("cchc-tls-");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _folder.Delete(recursive: true);
    }

    [Fact]
    public async Task A_call_over_TLS_succeeds_for_a_client_that_trusts_the_certificate()
    {
        var (pfx, certificate) = WriteSelfSigned("mat-khau-chung-chi");
        await using var app = await ServerApp.StartAsync(new ServerSettings
        {
            Port = 0,
            DatabasePath = Path.Combine(_folder.FullName, "cchc.db"),
            SeedDemoData = false,
            CertificatePath = pfx,
            CertificatePassword = "mat-khau-chung-chi",
        }, TimeProvider.System);
        Assert.Equal("https", app.Address.Scheme);

        using var trusting = GrpcChannel.ForAddress(app.Address, new GrpcChannelOptions
        {
            HttpHandler = new SocketsHttpHandler
            {
                SslOptions = { RemoteCertificateValidationCallback = (_, presented, _, _) => presented?.GetCertHashString() == certificate.GetCertHashString() },
            },
        });
        var health = await new Health.HealthClient(trusting).CheckAsync(new HealthCheckRequest(), deadline: DateTime.UtcNow.AddSeconds(10));
        Assert.Equal(HealthCheckResponse.Types.ServingStatus.Serving, health.Status);
        var refused = await Assert.ThrowsAsync<RpcException>(() => new Cchc.V1.Auth.AuthClient(trusting).WhoAmIAsync(new WhoAmIRequest()).ResponseAsync);
        Assert.Equal(StatusCode.Unauthenticated, refused.StatusCode);

        using var untrusting = GrpcChannel.ForAddress(app.Address);
        var error = await Assert.ThrowsAsync<RpcException>(() => new Health.HealthClient(untrusting).CheckAsync(new HealthCheckRequest()).ResponseAsync);
        Assert.NotEqual(StatusCode.OK, error.StatusCode);
        Assert.Contains("SSL connection could not be established", error.Status.Detail + error.Status.DebugException, StringComparison.Ordinal);
    }

    private (string Path, X509Certificate2 Certificate) WriteSelfSigned(string password)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=localhost", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName("localhost");
        names.AddIpAddress(System.Net.IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddDays(1));
        var path = Path.Combine(_folder.FullName, "server.pfx");
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx, password));
        return (path, X509CertificateLoader.LoadCertificate(certificate.RawData));
    }
}
