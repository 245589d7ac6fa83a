using System.Collections.Concurrent;
using CchcGrpc.Client.Connection;
using CchcGrpc.Client.Tui.Data;
using CchcGrpc.Client.Tui.Host;
using CchcGrpc.Client.Tui.Shell;
using CchcGrpc.Client.Tui.SlowLink;
using CchcGrpc.Tests.EndToEnd;
using Terminal.Gui.App;
using Terminal.Gui.Drawing;
using Terminal.Gui.Drivers;
using Terminal.Gui.Input;
using Terminal.Gui.Testing;
using Terminal.Gui.Time;
using Terminal.Gui.Views;

namespace CchcGrpc.Tests.Tui;

/// <summary>
/// The terminal UI on a headless Terminal.Gui (no real terminal I/O, virtual time) with the
/// slow-link output the real client uses (a 24-bit terminal unless a profile is given), against the real server: keys go in through Terminal.Gui's input injection, the screen comes
/// out as the driver's text and cells. Each key is followed by waiting until every server call it
/// started has answered and its result is applied, so what a test reads is what a user would see.
/// </summary>
public sealed class TuiHarness : IDisposable
{
    private readonly ConcurrentQueue<Action> _posted = new();
    private readonly IApplication _app;
    private readonly Runnable _window;
    private readonly TuiData _data;
    private readonly Client.Tui.Offline.Reconnector _link;

    static TuiHarness() => Environment.SetEnvironmentVariable("DisableRealDriverIO", "1");

    public TuiHarness(ReportingServer server, string? user, bool english = false, int width = 80, int height = 24, DateTimeOffset? now = null, TerminalProfile? profile = null, string? configDirectory = null, string? address = null)
    {
        ConfigDirectory = configDirectory ?? Path.Combine(server.Folder, "tui-" + Guid.NewGuid().ToString("N")[..8]);
        Tokens = new TokenStore(ConfigDirectory);
        _data = new TuiData(address ?? server.App.Address.ToString().TrimEnd('/'), user is null ? null : server.TokenOf(user), english, Tokens);
        Sink = TerminalSink.Headless();
        _app = SlowLinkTerminal.CreateApplication(profile ?? new TerminalProfile(ColorDepth.TrueColor, Utf8: true), new VirtualTimeProvider(), Sink);
        _app.Init(DriverRegistry.Names.ANSI);
        _app.Driver!.SetScreenSize(width, height);
        var dispatcher = new Queue(_posted);
        Navigator = TuiHost.Start(_app, _data, english, null, new FixedTime(now ?? new DateTimeOffset(2025, 1, 20, 3, 0, 0, TimeSpan.Zero)), dispatcher, out _window);
        _link = TuiHost.KeepLink(Navigator, dispatcher, TimeProvider.System);
        _app.Begin(_window);
        Settle();
    }

    public Navigator Navigator { get; }

    /// <summary>Every byte the UI sent to the terminal.</summary>
    public TerminalSink Sink { get; }

    /// <summary>Bytes sent by the last key (its flush).</summary>
    public long LastKeyBytes { get; private set; }

    public string ConfigDirectory { get; }

    public TokenStore Tokens { get; }

    public Screen Current => Navigator.Current;

    /// <summary>The screen as text, rows joined by new lines, trailing spaces cut.</summary>
    public string Screen => string.Join('\n', (_app.Driver!.ToString() ?? "").Split('\n').Select(l => l.TrimEnd()));

    public IReadOnlyList<string> Lines => Screen.Split('\n');

    /// <summary>The cells the driver holds (text and attributes).</summary>
    public Cell[,] Contents => _app.Driver!.Contents!;

    /// <summary>The bytes Terminal.Gui wrote on its last flush.</summary>
    public string LastOutput => _app.Driver!.GetOutput().GetLastOutput();

    public bool Quit => Navigator.Quitting;

    public void Press(params Key[] keys)
    {
        foreach (var key in keys)
        {
            var before = Sink.BytesWritten;
            _app.InjectKey(key);
            Settle();
            LastKeyBytes = Sink.BytesWritten - before;
        }
    }

    /// <summary>
    /// Keys pressed without waiting for the server: what a person on a slow link does while a call is
    /// on its way. Results that have arrived are applied; the rest wait for the next <see cref="Settle"/>.
    /// </summary>
    public void PressWithoutWaiting(params Key[] keys)
    {
        foreach (var key in keys)
        {
            _app.InjectKey(key);
            while (_posted.TryDequeue(out var action))
                action();
            _app.LayoutAndDraw();
        }
    }

    /// <summary>Types text one character at a time, as a person would.</summary>
    public void Type(string text)
    {
        foreach (var c in text)
            Press(new Key(c));
    }

    public void Resize(int width, int height)
    {
        _app.Driver!.SetScreenSize(width, height);
        Settle();
    }

    /// <summary>
    /// Calls the server while the UI is open, staying on this thread: Terminal.Gui belongs to the
    /// thread that created it, and a test that awaited and came back on another thread would
    /// inject keys no loop ever reads.
    /// </summary>
    public T Call<T>(Func<Task<T>> call) => Task.Run(call).GetAwaiter().GetResult();

    /// <summary>
    /// One reconnect probe, as the client's reconnect loop makes after its backoff (the loop itself runs on
    /// real time and is not started here); true when the server answered. A probe that gets through after
    /// a failure makes the UI send what waits, and this returns once that is applied.
    /// </summary>
    public bool ProbeLink()
    {
        var answered = Call(() => _link.ProbeOnceAsync(CancellationToken.None));
        Settle();
        return answered;
    }

    /// <summary>The text of one row.</summary>
    public string Row(int y) => Lines.ElementAtOrDefault(y) ?? "";

    /// <summary>The row that contains <paramref name="text"/>, or −1.</summary>
    public int RowOf(string text) => Lines.ToList().FindIndex(l => l.Contains(text, StringComparison.Ordinal));

    /// <summary>The attribute of the cell where <paramref name="text"/> starts on screen.</summary>
    public Terminal.Gui.Drawing.Attribute? AttributeAt(string text)
    {
        var lines = Lines;
        for (var y = 0; y < lines.Count; y++)
        {
            var x = lines[y].IndexOf(text, StringComparison.Ordinal);
            if (x >= 0)
                return Contents[y, x].Attribute;
        }
        return null;
    }

    /// <summary>Waits until no call is under way and every result is applied, then lays out and draws.</summary>
    public void Settle()
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            while (_posted.TryDequeue(out var action))
                action();
            if (Navigator.Pending == 0 && _posted.IsEmpty)
                break;
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException("the UI still waits for the server after 20 s");
            Thread.Sleep(5);
        }
        _app.LayoutAndDraw();
    }

    public void Dispose()
    {
        _window.Dispose();
        _app.Dispose();
        _data.Dispose();
    }

    private sealed class Queue(ConcurrentQueue<Action> posted) : IUiDispatcher
    {
        public void Post(Action action) => posted.Enqueue(action);
    }

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
