using CchcGrpc.Client.Cli;
using CchcGrpc.Client.Tui.Data;
using CchcGrpc.Client.Tui.Screens;
using CchcGrpc.Client.Tui.Shell;
using CchcGrpc.Client.Tui.SlowLink;
using CchcGrpc.Client.Tui.Text;
using Terminal.Gui.App;
using Terminal.Gui.Drivers;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace CchcGrpc.Client.Tui.Host;

/// <summary>
/// `cchc` with no verb: the terminal UI. Starts at home with the stored login (`cchc login`), else
/// at sign-in; Vietnamese unless --lang en. Mouse is not used. Ctrl-L repaints the whole terminal;
/// a resize re-lays out the current screen from its state.
/// </summary>
public static class TuiHost
{
    /// <summary>The no-verb action (<see cref="NoVerbAction"/>).</summary>
    public static Task<int> RunAsync(CliContext context)
    {
        if (context.Console.OutputRedirected)
        {
            // Piped or in a script: there is no terminal to draw on; say so and show the verbs.
            var root = (CchcCommand)context.Parse.RootCommandResult.Command;
            context.Console.Error.WriteLine(context.Messages["no_tui"]);
            HelpPage.WriteOverview(context.Console.Error, context.Messages, root, root.Global);
            return Task.FromResult(ExitCodes.Usage);
        }
        using var data = new TuiData(context.Server, context.Token, context.Messages.English, context.Tokens);
        // The slow-link output (Tui/SlowLink): only changed cells, nothing while idle, colours and ASCII
        // from the terminal's environment. CCHC_TUI_OUTPUT=stock runs Terminal.Gui's own output instead
        // (the bench's baseline, bench/README.md "tui").
        var profile = TerminalProfile.FromVariables(context.Console.Environment);
        using var app = context.Console.Environment("CCHC_TUI_OUTPUT") == "stock" ? Application.Create() : SlowLinkTerminal.CreateApplication(profile);
        app.Init(DriverRegistry.Names.ANSI);
        var dispatcher = new AppDispatcher(app);
        var navigator = Start(app, data, context.Messages.English, context.Tokens.Load()?.UserName, TimeProvider.System, dispatcher, out var window);
        navigator.AsciiBorders = !profile.Utf8;
        using var stop = new CancellationTokenSource();
        // Ends with the cancellation when the UI closes.
        _ = KeepLink(navigator, dispatcher, TimeProvider.System).RunAsync(stop.Token);
        app.Run(window);
        stop.Cancel();
        window.Dispose();
        return Task.FromResult(ExitCodes.Ok);
    }

    /// <summary>
    /// Builds the navigator, its first screen and the window that shows it on <paramref name="app"/>
    /// (the real terminal, or a headless one in tests).
    /// </summary>
    public static Navigator Start(IApplication app, TuiData data, bool english, string? storedUser, TimeProvider time, IUiDispatcher dispatcher, out Runnable window)
    {
        var navigator = new Navigator(new UiText(english), data, dispatcher, time);
        var view = new ScreenView(navigator);
        window = new Runnable { Width = Dim.Fill(), Height = Dim.Fill() };
        window.Add(view);
        view.SetFocus();
        navigator.Changed += view.SetNeedsDraw;
        navigator.QuitRequested += () => app.RequestStop();
        // Ctrl-L: the terminal may show garbage (line noise, a message from the shell); erase and repaint it all.
        navigator.RedrawRequested += () => app.LayoutAndDraw(forceRedraw: true);
        navigator.Push(data.HasToken ? new HomeScreen() : new SignInScreen(data.Server, storedUser));
        // Saves an earlier run could not deliver (the link was down when it ended) go out now.
        if (data.HasToken)
            navigator.Reconnected();
        return navigator;
    }

    /// <summary>
    /// The reconnect loop for <paramref name="navigator"/>'s link: while it is down, probes with backoff;
    /// when a probe gets through, the navigator sends what is waiting (on the UI thread).
    /// </summary>
    public static Offline.Reconnector KeepLink(Navigator navigator, IUiDispatcher dispatcher, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(navigator);
        ArgumentNullException.ThrowIfNull(dispatcher);
        var reconnector = new Offline.Reconnector(navigator.Data.Link, navigator.Data.ProbeAsync, time);
        // The header shows the link state as it changes, not only on the next key.
        navigator.Data.Link.Subscribe(new LinkRedraw(dispatcher, navigator));
        reconnector.Reconnected += (_, _) => dispatcher.Post(navigator.Reconnected);
        return reconnector;
    }
}
