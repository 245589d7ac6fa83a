using CchcGrpc.Interop;

namespace CchcGrpc.Tests.Interop;

/// <summary>
/// Our client runs every interop case against independent servers (grpcio, grpc-js), and against
/// our own server as a baseline that checks what the peers' servers cannot (compression flags).
/// </summary>
public sealed class OurClientAgainstPeerServersTests(PeerServers peers, OurInteropServer ours)
    : IClassFixture<PeerServers>, IClassFixture<OurInteropServer>
{
    private const string Ours = "cchc";

    public static TheoryData<string, string> Rows()
    {
        var rows = new TheoryData<string, string>();
        foreach (var server in InteropEnvironment.Peers.Append(Ours))
        {
            foreach (var testCase in InteropClient.TestCases)
            {
                rows.Add(server, testCase);
            }
        }
        return rows;
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public async Task Our_client_passes_the_case_against_the_server(string server, string testCase)
    {
        if (server == Ours)
        {
            using var baseline = new InteropClient(ours.Address);
            await baseline.RunAsync(testCase).WaitAsync(PeerProcess.DefaultTimeout);
            return;
        }

        var peer = await peers.GetAsync(server);
        using var client = new InteropClient(peer.Address)
        {
            // What each library lets its handlers do (see the peers' server scripts).
            ServerChecksRequestCompression = false,
            ServerCompressesResponses = server == InteropEnvironment.Python,
        };
        try
        {
            await client.RunAsync(testCase).WaitAsync(PeerProcess.DefaultTimeout);
        }
        catch (Exception ex) when (ex is InteropCaseFailedException or TimeoutException)
        {
            Assert.Fail($"Our client failed {testCase} against the {server} server: {ex.Message}\n{peer.Diagnostics()}");
        }
    }
}
