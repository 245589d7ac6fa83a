using CchcGrpc.Client.Tui.Offline;
using CchcGrpc.Client.Tui.Shell;

namespace CchcGrpc.Client.Tui.Host;

/// <summary>Redraws the header when the link state changes (on the UI thread; the change is seen on a call's thread).</summary>
internal sealed class LinkRedraw(IUiDispatcher dispatcher, Navigator navigator) : IObserver<ConnectionState>
{
    public void OnNext(ConnectionState value) => dispatcher.Post(navigator.Refresh);

    public void OnError(Exception error)
    {
    }

    public void OnCompleted()
    {
    }
}
