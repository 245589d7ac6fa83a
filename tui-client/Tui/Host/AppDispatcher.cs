using CchcGrpc.Client.Tui.Shell;
using Terminal.Gui.App;

namespace CchcGrpc.Client.Tui.Host;

/// <summary>Posts results of background calls onto Terminal.Gui's main loop.</summary>
public sealed class AppDispatcher(IApplication app) : IUiDispatcher
{
    public void Post(Action action) => app.Invoke(action);
}
