namespace CchcGrpc.Client.Tui.Shell;

/// <summary>Runs an action on the UI thread (Terminal.Gui's main loop in the app; the test's thread in headless tests).</summary>
public interface IUiDispatcher
{
    void Post(Action action);
}
