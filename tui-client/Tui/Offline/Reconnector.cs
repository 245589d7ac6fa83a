using Grpc.Core;

namespace CchcGrpc.Client.Tui.Offline;

/// <summary>
/// While the state is not <see cref="ConnectionState.Connected"/>, probes the server with a cheap call
/// after 1, 2, 4, 8, 15 and then every 30 s; when a probe gets through, raises <see cref="Reconnected"/>
/// (the host resends the drafts then: <see cref="DraftSync.ResendAllAsync"/>).
/// </summary>
public sealed class Reconnector(ConnectionStatus status, Func<CancellationToken, Task> probe, TimeProvider time)
{
    static readonly TimeSpan[] Backoff =
        [TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(8), TimeSpan.FromSeconds(15), TimeSpan.FromSeconds(30)];

    /// <summary>Raised after a probe succeeds following a failure.</summary>
    public event EventHandler? Reconnected;

    /// <summary>One probe now; true when the server answered.</summary>
    public async Task<bool> ProbeOnceAsync(CancellationToken cancellationToken)
    {
        ConnectionState before = status.Current;
        try
        {
            await probe(cancellationToken).ConfigureAwait(false);
        }
        catch (RpcException error) when (ConnectionStatus.IsLinkFailure(error))
        {
            status.LinkFailed();
            return false;
        }
        catch (RpcException)
        {
            // Any answer from the server (even a refusal) means the link is back.
        }
        status.Succeeded();
        if (before != ConnectionState.Connected)
        {
            Reconnected?.Invoke(this, EventArgs.Empty);
        }
        return true;
    }

    /// <summary>Runs until cancelled: probes with backoff whenever the link is down.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        int attempt = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            if (status.Current == ConnectionState.Connected)
            {
                attempt = 0;
                await Task.Delay(TimeSpan.FromSeconds(1), time, cancellationToken).ConfigureAwait(false);
                continue;
            }
            await Task.Delay(Backoff[Math.Min(attempt, Backoff.Length - 1)], time, cancellationToken).ConfigureAwait(false);
            attempt = await ProbeOnceAsync(cancellationToken).ConfigureAwait(false) ? 0 : attempt + 1;
        }
    }
}
