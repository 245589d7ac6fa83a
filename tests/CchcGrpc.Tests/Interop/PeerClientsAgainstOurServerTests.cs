using CchcGrpc.Interop;

namespace CchcGrpc.Tests.Interop;

/// <summary>Independent clients (grpcio, grpc-js) run every interop case against our server.</summary>
public sealed class PeerClientsAgainstOurServerTests(OurInteropServer server) : IClassFixture<OurInteropServer>
{
    public static TheoryData<string, string> Rows()
    {
        var rows = new TheoryData<string, string>();
        foreach (var peer in InteropEnvironment.Peers)
        {
            foreach (var testCase in InteropClient.TestCases)
            {
                rows.Add(peer, testCase);
            }
        }
        return rows;
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public async Task Peer_client_passes_the_case_against_our_server(string peer, string testCase)
    {
        InteropEnvironment.RequirePeer(peer);
        // No --skip_compression_probe: our server must reject an uncompressed request sent as expect_compressed.
        var result = await PeerProcess.RunPeerAsync(peer, "interop_client",
            ["--server_host", server.Address.Host, "--server_port", server.Address.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--test_case", testCase]);
        Assert.True(result.ExitCode == 0, $"The {peer} client failed {testCase} against our server at {server.Address}: {result.Describe()}");
    }
}
