using Grpc.Core;

namespace CchcGrpc.Client.Tui.Offline;

/// <summary>
/// The connection state as an observable: subscribers get the current state at once and every change
/// after it (on the thread that observed the change; a screen marshals to its UI thread). Calls report
/// their outcome here (<see cref="LinkWatch"/> does it for every call on a session), and the
/// <see cref="Reconnector"/> reports its probes.
/// </summary>
public sealed class ConnectionStatus : IObservable<ConnectionState>
{
    /// <summary>Failed tries in a row after which the state is <see cref="ConnectionState.Offline"/>.</summary>
    public const int TriesBeforeOffline = 3;

    readonly Lock _gate = new();
    readonly List<IObserver<ConnectionState>> _observers = [];
    int _failuresInARow;

    /// <summary>The state now.</summary>
    public ConnectionState Current { get; private set; } = ConnectionState.Connected;

    /// <summary>Whether a failure is the link's (server unreachable, connection lost, no answer in time).</summary>
    public static bool IsLinkFailure(RpcException error) =>
        error.StatusCode is StatusCode.Unavailable or StatusCode.DeadlineExceeded
        || error.StatusCode == StatusCode.Internal && error.InnerException is HttpRequestException or IOException;

    /// <inheritdoc />
    public IDisposable Subscribe(IObserver<ConnectionState> observer)
    {
        ArgumentNullException.ThrowIfNull(observer);
        ConnectionState now;
        lock (_gate)
        {
            _observers.Add(observer);
            now = Current;
        }
        observer.OnNext(now);
        return new Unsubscriber(this, observer);
    }

    /// <summary>A call or probe reached the server.</summary>
    public void Succeeded()
    {
        lock (_gate)
        {
            _failuresInARow = 0;
        }
        Move(ConnectionState.Connected);
    }

    /// <summary>A call or probe failed for the link.</summary>
    public void LinkFailed()
    {
        int failures;
        lock (_gate)
        {
            failures = ++_failuresInARow;
        }
        Move(failures >= TriesBeforeOffline ? ConnectionState.Offline : ConnectionState.Reconnecting);
    }

    void Move(ConnectionState next)
    {
        IObserver<ConnectionState>[] observers;
        lock (_gate)
        {
            if (Current == next)
            {
                return;
            }
            Current = next;
            observers = [.. _observers];
        }
        foreach (IObserver<ConnectionState> observer in observers)
        {
            observer.OnNext(next);
        }
    }

    sealed class Unsubscriber(ConnectionStatus status, IObserver<ConnectionState> observer) : IDisposable
    {
        public void Dispose()
        {
            lock (status._gate)
            {
                status._observers.Remove(observer);
            }
        }
    }
}
