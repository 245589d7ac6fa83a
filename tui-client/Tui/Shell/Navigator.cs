using CchcGrpc.Client.Connection;
using CchcGrpc.Client.Tui.Data;
using CchcGrpc.Client.Tui.Text;
using Grpc.Core;

namespace CchcGrpc.Client.Tui.Shell;

/// <summary>
/// The screen stack and what every screen shares: the header (who, where, the link), the status
/// line, the footer of keys, the common keys (`?`, `:`, Esc, `q`, Ctrl-L, F10), overlays, and
/// background calls whose results are applied on the UI thread.
/// </summary>
public sealed class Navigator(UiText text, TuiData data, IUiDispatcher dispatcher, TimeProvider time)
{
    private readonly List<Screen> _stack = [];
    private Overlay? _overlay;
    private int _pending;

    public UiText Text { get; } = text;

    public TuiData Data { get; } = data;

    public TimeProvider Time { get; } = time;

    public Screen Current => _stack[^1];

    public IReadOnlyList<Screen> Stack => _stack;

    public Overlay? Overlay => _overlay;

    public string Status { get; private set; } = "";

    public bool StatusIsError { get; private set; }

    /// <summary>The link as the last calls found it (<see cref="Offline.ConnectionStatus"/>).</summary>
    public Offline.ConnectionState Connection => Data.Link.Current;

    /// <summary>Calls under way; 0 once every result is applied.</summary>
    public int Pending => Volatile.Read(ref _pending);

    /// <summary>ASCII box corners when the terminal is not UTF-8.</summary>
    public bool AsciiBorders { get; set; }

    public bool Quitting { get; private set; }

    /// <summary>Something on screen changed (the view redraws).</summary>
    public event Action? Changed;

    public event Action? QuitRequested;

    /// <summary>Ctrl-L: repaint the whole terminal.</summary>
    public event Action? RedrawRequested;

    /// <summary>Something outside the screens changed (the link state): draw again.</summary>
    public void Refresh() => Changed?.Invoke();

    public void Push(Screen screen)
    {
        screen.Attach(this);
        _stack.Add(screen);
        Say("");
        screen.OnShown();
        Changed?.Invoke();
    }

    /// <summary>Replaces the whole stack (after signing in, the home screen is the bottom).</summary>
    public void Reset(Screen screen)
    {
        _stack.Clear();
        Push(screen);
    }

    public void Pop()
    {
        if (_stack.Count <= 1)
            return;
        _stack.RemoveAt(_stack.Count - 1);
        Say("");
        Current.OnResumed();
        Changed?.Invoke();
    }

    public void Show(Overlay overlay)
    {
        overlay.Navigator = this;
        _overlay = overlay;
        Changed?.Invoke();
    }

    internal void CloseOverlay(Overlay overlay)
    {
        if (ReferenceEquals(_overlay, overlay))
            _overlay = null;
        Changed?.Invoke();
    }

    public void Confirm(string title, IReadOnlyList<(string, CellStyle)> lines, Action onYes) =>
        Show(new ConfirmOverlay(title, lines, Text["confirm_hint"], onYes));

    public void Inform(string title, IReadOnlyList<(string, CellStyle)> lines) =>
        Show(new ConfirmOverlay(title, lines, Text["close_hint"], null));

    public void Prompt(string title, string question, bool required, Action<string> onAccept) =>
        Show(new PromptOverlay(title, question, Text["prompt_hint"], Text["required"], required, onAccept));

    public void Pick(string title, IReadOnlyList<string> options, int selected, Action<int> onPick) =>
        Show(new PickerOverlay(title, options, selected, Text["pick_hint"], onPick));

    public void Say(string message, bool error = false)
    {
        Status = message;
        StatusIsError = error;
        Changed?.Invoke();
    }

    /// <summary>
    /// Runs a call off the UI thread, then applies its result on it. A failed call says why on the
    /// status line (and marks the link offline when the server cannot be reached) unless
    /// <paramref name="failed"/> takes it.
    /// </summary>
    public void Run<T>(Func<CancellationToken, Task<T>> work, Action<T> apply, Func<RpcException, bool>? failed = null)
    {
        Interlocked.Increment(ref _pending);
        Changed?.Invoke();
        _ = Task.Run(async () =>
        {
            try
            {
                var result = await work(CancellationToken.None).ConfigureAwait(false);
                dispatcher.Post(() => Finish(() => apply(result)));
            }
            catch (Exception e) when (e is RpcException or HttpRequestException or IOException or OperationCanceledException or InvalidOperationException)
            {
                // Anything below gRPC (no route, a refused connection) counts as the link being down;
                // a call's own RpcException has already been counted by the session's LinkWatch.
                var rpc = e as RpcException ?? new RpcException(new Status(StatusCode.Unavailable, e.Message));
                if (e is not RpcException and not OperationCanceledException)
                    Data.Link.LinkFailed();
                dispatcher.Post(() => Finish(() =>
                {
                    if (failed?.Invoke(rpc) != true)
                        Say(Describe(rpc), error: true);
                }));
            }
        });
    }

    /// <summary>
    /// The link is back (the reconnect probe got through): each screen sends what it holds (the open
    /// report's draft), then every other draft left on disk is sent, and the status line says what came of it.
    /// Also called at start-up, for drafts left by an earlier run.
    /// </summary>
    public void Reconnected()
    {
        foreach (var screen in _stack)
            screen.OnReconnected();
        var open = _stack.Select(s => s.OpenDraft).OfType<string>().ToHashSet(StringComparer.Ordinal);
        Run(cancel => Data.Sync.ResendAllAsync(open.Contains, cancel), outcomes =>
        {
            if (outcomes.Count == 0)
                return;
            var sent = outcomes.Count(o => o.Outcome.Kind == Offline.DraftOutcomeKind.Saved);
            var waiting = outcomes.Where(o => o.Outcome.Kind != Offline.DraftOutcomeKind.Saved).Select(o => o.ReportName).ToList();
            Say(waiting.Count == 0 ? Text.Format("drafts_resent", sent) : Text.Format("drafts_waiting", sent, string.Join(", ", waiting)), error: waiting.Count > 0);
        });
    }

    /// <summary>The sentence for a failed call: the server's localized message, or that the link is down.</summary>
    public string Describe(RpcException e) => e.StatusCode is StatusCode.Unavailable or StatusCode.DeadlineExceeded
        ? Text.Format("offline_error", RpcFailures.Detail(e))
        : RpcFailures.Detail(e);

    private void Finish(Action action)
    {
        try
        {
            action();
        }
        finally
        {
            Interlocked.Decrement(ref _pending);
            Changed?.Invoke();
        }
    }

    /// <summary>Quits, after asking when a screen holds unsaved edits.</summary>
    public void Quit()
    {
        var unsaved = _stack.Where(s => s.HasUnsavedEdits).ToList();
        if (unsaved.Count == 0)
        {
            Quitting = true;
            QuitRequested?.Invoke();
            return;
        }
        Confirm(Text["quit_title"], [.. unsaved.Select(s => (Text.Format("unsaved_in", s.Title), CellStyle.Warning)), ("", CellStyle.Normal), (Text["quit_anyway"], CellStyle.Normal)], () =>
        {
            Quitting = true;
            QuitRequested?.Invoke();
        });
    }

    public void Handle(KeyPress key)
    {
        try
        {
            HandleCore(key);
        }
        finally
        {
            Changed?.Invoke();
        }
    }

    private void HandleCore(KeyPress key)
    {
        if (key.Name == KeyName.Redraw)
        {
            RedrawRequested?.Invoke();
            return;
        }
        if (_overlay is { } overlay)
        {
            overlay.Handle(key);
            return;
        }
        var screen = Current;
        if (key.Name == KeyName.F1 || (key.Is('?') && !screen.CapturesText))
        {
            ShowHelp();
            return;
        }
        if (key.Is(':') && !screen.CapturesText)
        {
            ShowPalette();
            return;
        }
        if (key.Name == KeyName.F10)
        {
            Quit();
            return;
        }
        if (screen.Handle(key))
            return;
        if (key.Name == KeyName.Escape || (key.Is('q') && !screen.IsHome && !screen.CapturesText))
            Pop();
        else if (key.Is('q') && screen.IsHome && !screen.CapturesText)
            Quit();
    }

    public void ShowHelp() => Show(new HelpOverlay(Text.Format("help_title", Current.Title), Current.Help, CommonHelp, Text["help_hint"], Text["help_common"]));

    public void ShowPalette() => Show(new PaletteOverlay(Text["palette_title"], [.. Current.Commands, .. CommonCommands], Text["palette_hint"]));

    private IReadOnlyList<string> CommonHelp =>
    [
        Text["help_common_help"], Text["help_common_palette"], Text["help_common_back"], Text["help_common_quit"], Text["help_common_redraw"],
    ];

    private IReadOnlyList<PaletteCommand> CommonCommands =>
    [
        new(Text["cmd_help"], "F1 ?", ShowHelp),
        new(Text["cmd_back"], "Esc", Pop),
        new(Text["cmd_redraw"], "Ctrl-L", () => RedrawRequested?.Invoke()),
        new(Text["cmd_quit"], "F10 q", Quit),
    ];

    /// <summary>Draws the whole terminal: header, the screen (and an overlay over it), status line, footer.</summary>
    public Canvas Render(int width, int height)
    {
        var canvas = new Canvas(width, height);
        if (_stack.Count == 0)
            return canvas;
        var screen = Current;
        var who = Data.Principal is { } p ? p.UserName + " · " : "";
        canvas.Fill(0, 0, width, CellStyle.Header);
        var link = Connection switch
        {
            Offline.ConnectionState.Offline => Text["link_offline"],
            Offline.ConnectionState.Reconnecting => Text["link_reconnecting"],
            _ => Text["link_online"],
        };
        var right = (Pending > 0 ? Text["busy"] + " · " : "") + link + " ";
        canvas.Write(0, 0, Canvas.Fit(" CCHC · " + who + screen.Title, Math.Max(1, width - right.Length - 1)), CellStyle.Header);
        canvas.Write(width - right.Length, 0, right, Connection != Offline.ConnectionState.Connected ? CellStyle.Error : CellStyle.Header);
        var bodyHeight = Math.Max(1, height - 3);
        screen.Render(canvas, 1, bodyHeight);
        _overlay?.Render(canvas, 1, bodyHeight, AsciiBorders);
        canvas.Fill(0, height - 2, width, CellStyle.Normal);
        canvas.Write(0, height - 2, Canvas.Fit(Status, width), StatusIsError ? CellStyle.Error : CellStyle.Dim);
        canvas.Fill(0, height - 1, width, CellStyle.Footer);
        var x = 0;
        IEnumerable<FooterKey> keys = _overlay is null
            ? [.. screen.Footer, new FooterKey("?", Text["key_help"]), new FooterKey(":", Text["key_palette"]), new FooterKey("Esc", Text["key_back"])]
            : [];
        foreach (var key in keys)
        {
            var item = key.Keys + " " + key.Action;
            if (x + item.Length > width)
                break;
            canvas.Write(x, height - 1, key.Keys, CellStyle.Heading);
            canvas.Write(x + key.Keys.Length, height - 1, " " + key.Action, CellStyle.Footer);
            x += item.Length + 2;
        }
        return canvas;
    }
}
