using System.Text.Json;

namespace CchcGrpc.Tests.Interop;

/// <summary>grpcio, as a reflection client (grpcurl and IDEs use the same protocol), reads our server's reflection services.</summary>
public sealed class ReflectionProbeTests(OurInteropServer server) : IClassFixture<OurInteropServer>
{
    [Fact]
    public async Task Grpcio_lists_our_services_and_their_files_over_v1_and_v1alpha()
    {
        InteropEnvironment.RequirePeer(InteropEnvironment.Python);
        var result = await PeerProcess.RunPeerAsync(InteropEnvironment.Python, "reflection_probe",
            ["--server_host", server.Address.Host, "--server_port", server.Address.Port.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        Assert.True(result.ExitCode == 0, result.Describe());

        using var json = JsonDocument.Parse(result.Stdout);
        foreach (var version in (string[])["v1", "v1alpha"])
        {
            var answer = json.RootElement.GetProperty(version);
            var services = answer.GetProperty("services").EnumerateArray().Select(s => s.GetString()).ToHashSet();
            Assert.Superset(
                new HashSet<string?> { "grpc.testing.TestService", "grpc.health.v1.Health", "grpc.reflection.v1.ServerReflection", "grpc.reflection.v1alpha.ServerReflection" },
                services);
            Assert.DoesNotContain("grpc.testing.UnimplementedService", services);
            Assert.Equal("grpc/testing/test.proto", answer.GetProperty("defined_in").GetProperty("grpc.testing.TestService").GetString());
            // A reflection client needs the service's file and the files it imports to build stubs.
            var files = answer.GetProperty("files").GetProperty("grpc.testing.TestService").EnumerateArray().Select(f => f.GetString()).ToList();
            Assert.Contains("grpc/testing/messages.proto", files);
            Assert.Contains("grpc/testing/empty.proto", files);
        }
    }
}
