using System.Reflection;
using Terminal.Gui.App;
using Terminal.Gui.Time;

namespace CchcGrpc.Client.Tui.SlowLink;

/// <summary>
/// The one entry point of the slow-link layer. The host creates its Terminal.Gui application here instead
/// of with <c>Application.Create</c>, then calls <c>Init</c> as usual:
/// <code>
/// IApplication app = SlowLinkTerminal.CreateApplication(TerminalProfile.FromEnvironment());
/// app.Init();   // the driver name is ignored: the slow-link output is always used
/// </code>
/// From then on only changed cells are sent, nothing while idle, colours at the terminal's depth, ASCII
/// when the locale is not UTF-8 and no mouse tracking. Ctrl-L should call
/// <c>app.LayoutAndDraw(forceRedraw: true)</c>, which here erases and repaints the terminal.
/// Headless tests pass <see cref="TerminalSink.Headless"/> and a virtual time provider.
/// </summary>
public static class SlowLinkTerminal
{
    /// <summary>Creates an application whose output is the slow-link output; call <c>Init</c> next.</summary>
    public static IApplication CreateApplication(TerminalProfile profile, ITimeProvider? time = null, TerminalSink? sink = null)
    {
        ArgumentNullException.ThrowIfNull(profile);
        IApplication app = Application.Create(time);
        var factory = new SlowLinkComponentFactory(profile, sink);
        UseFactory(app, factory);
        app.InitializedChanged += (_, e) =>
        {
            if (e.Value)
            {
                Attach(app, factory.Output);
            }
        };
        return app;
    }

    /// <summary>The slow-link output of an application created here (null before Init).</summary>
    public static SlowLinkOutput? OutputOf(IApplication app) => app.Driver?.GetOutput() as SlowLinkOutput;

    static void Attach(IApplication app, SlowLinkOutput? output)
    {
        if (output is null || app.Driver is not { } driver)
        {
            return;
        }
        // Upstream (Terminal.Gui 2.5.0): ApplicationNavigation.UpdateCursor never clears the driver's
        // cursor-update flag, so every main-loop pass sets the cursor again (ESC[?25l ESC[1;1H, ~300 B/s
        // idle with AnsiOutput). Clearing it at the start of each pass leaves it set only when a view moved
        // its cursor or a frame was drawn in that pass.
        app.Iteration += (_, _) =>
        {
            output.FlushCursor();
            app.Driver?.SetCursorNeedsUpdate(false);
        };
        // A forced redraw (Ctrl-L, resize, resume) clears Terminal.Gui's buffer; the terminal is then erased
        // and repainted rather than trusted.
        driver.ClearedContents += (_, _) => output.ForgetScreen();
    }

    // Upstream (Terminal.Gui 2.5.0): the ApplicationImpl constructors that take an IComponentFactory are
    // internal and Application.Create takes only a time provider, so an application cannot choose its own
    // IOutput. The factory field is set on the created instance before Init reads it (CreateDriver).
    static void UseFactory(IApplication app, SlowLinkComponentFactory factory)
    {
        FieldInfo? field = app.GetType().GetField("_componentFactory", BindingFlags.Instance | BindingFlags.NonPublic);
        if (field is null || !field.FieldType.IsInstanceOfType(factory))
        {
            throw new InvalidOperationException(
                $"Terminal.Gui {app.GetType().Assembly.GetName().Version} has no ApplicationImpl._componentFactory; the slow-link output cannot be installed.");
        }
        field.SetValue(app, factory);
    }
}
