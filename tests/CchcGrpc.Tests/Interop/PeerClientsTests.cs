using System.Globalization;
using System.Text.Json;
using CchcGrpc.Server.Hosting;
using CchcGrpc.Tests.EndToEnd;

namespace CchcGrpc.Tests.Interop;

/// <summary>
/// Clients in other languages use our services as any integrator would: they know nothing of
/// cchc.v1 but what server reflection tells them, send gzip-compressed requests, and decode our
/// rich errors. Each peer signs in as the operator of its own commune, so the two never collide.
/// </summary>
public sealed class PeerClientsTests(ReportingServer server) : IClassFixture<ReportingServer>
{
    [Theory]
    [InlineData("python", "op.gianghia", "67.660")]
    [InlineData("node", "op.dakmil", "67.661")]
    public async Task A_peer_discovers_cchc_v1_by_reflection_and_uses_it_over_gzip(string peer, string user, string unit)
    {
        var seen = await PeerClient.RunAsync(peer, "cchc_client",
            "--server_host", server.App.Address.Host, "--server_port", server.App.Address.Port.ToString(CultureInfo.InvariantCulture),
            "--user", user, "--password", ReportingServer.Password, "--unit", unit);

        Assert.Equal(ServerApp.ServiceNames.Order(StringComparer.Ordinal), Strings(seen.GetProperty("cchc_services")));
        Assert.Contains("grpc.health.v1.Health", Strings(seen.GetProperty("services")));
        Assert.Equal("SERVING", seen.GetProperty("health").GetString());
        Assert.Equal("ROLE_OPERATOR", seen.GetProperty("role").GetString());
        Assert.Equal("2022.1", seen.GetProperty("catalog").GetProperty("version").GetString());
        Assert.True(seen.GetProperty("catalog").GetProperty("indicators").GetInt32() > 150);
        Assert.Equal($"reports/{unit}/2023", seen.GetProperty("report").GetProperty("name").GetString());
        Assert.Equal("REPORT_STATUS_APPROVED", seen.GetProperty("report").GetProperty("status").GetString());

        var stale = seen.GetProperty("stale");
        Assert.Equal((1, 10, "STALE_REVISION", "cchc.v1", "1", "en"),
            (stale.GetProperty("first_revision").GetInt32(), stale.GetProperty("code").GetInt32(), stale.GetProperty("reason").GetString(),
             stale.GetProperty("domain").GetString(), stale.GetProperty("metadata").GetProperty("current_revision").GetString(), stale.GetProperty("locale").GetString()));
        Assert.StartsWith($"Report reports/{unit}/2020-Q1 is at revision 1", stale.GetProperty("localized").GetString(), StringComparison.Ordinal);

        var import = seen.GetProperty("import");
        Assert.Equal((2, 3, 0), (import.GetProperty("batches").GetInt32(), import.GetProperty("imported").GetInt32(), import.GetProperty("rejected").GetInt32()));
        Assert.Equal("DEADLINE_EXCEEDED", seen.GetProperty("deadline").GetString());
        Assert.Equal("RESOURCE_EXHAUSTED", seen.GetProperty("too_big").GetString());

        var anonymous = seen.GetProperty("anonymous");
        Assert.Equal(("TOKEN_MISSING", "vi"), (anonymous.GetProperty("reason").GetString(), anonymous.GetProperty("locale").GetString()));
        Assert.StartsWith("Hãy đăng nhập trước", anonymous.GetProperty("localized").GetString(), StringComparison.Ordinal);

        // What the peer wrote is there for everyone else.
        var written = await server.CallAsync("admin", Rpc.GetReport, new Cchc.V1.GetReportRequest { Name = $"reports/{unit}/2020-Q2" });
        Assert.Equal(["7", "8"], written.Values.Where(v => v.IndicatorId is "I.1" or "II.1.1").OrderBy(v => v.IndicatorId, StringComparer.Ordinal).Select(v => v.RawText));
    }

    [Fact]
    public async Task Grpcio_finds_every_service_through_reflection_v1_and_v1alpha()
    {
        var probe = await PeerClient.RunAsync("python", "reflection_probe",
            "--server_host", server.App.Address.Host, "--server_port", server.App.Address.Port.ToString(CultureInfo.InvariantCulture));
        foreach (var version in new[] { "v1", "v1alpha" })
        {
            var answer = probe.GetProperty(version);
            Assert.Superset(ServerApp.ServiceNames.ToHashSet(), Strings(answer.GetProperty("services")).ToHashSet());
            Assert.Equal("cchc/v1/reports.proto", answer.GetProperty("defined_in").GetProperty("cchc.v1.Reports").GetString());
        }
    }

    private static List<string> Strings(JsonElement array) => [.. array.EnumerateArray().Select(e => e.GetString()!)];
}
