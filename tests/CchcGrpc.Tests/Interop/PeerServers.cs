using System.Collections.Concurrent;

namespace CchcGrpc.Tests.Interop;

/// <summary>
/// One python and one node interop server for a whole test class, each started on first use, so
/// a peer that cannot start fails only its own rows, each with the same message.
/// </summary>
public sealed class PeerServers : IAsyncLifetime
{
    private readonly ConcurrentDictionary<string, Lazy<Task<PeerServer>>> _servers = new(StringComparer.Ordinal);

    internal Task<PeerServer> GetAsync(string peer) =>
        _servers.GetOrAdd(peer, p => new Lazy<Task<PeerServer>>(() => PeerServer.StartAsync(p))).Value;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var server in _servers.Values.Where(s => s.IsValueCreated).Select(s => s.Value))
        {
            if (server.IsCompletedSuccessfully)
            {
                await server.Result.DisposeAsync();
            }
        }
    }
}
