using System.Diagnostics;

// Not ...Tui.Terminal: a namespace of that name would hide Terminal.Gui from all code under CchcGrpc.Tests.Tui.
namespace CchcGrpc.Tests.Tui.Tmux;

/// <summary>
/// A real program in a real terminal: a tmux pane of a fixed size on a private tmux server (its own
/// socket, no user config), driven by keys and read back as screen text. For end-to-end tests of the
/// terminal client (`cchc` with no verb). tmux must be installed (.ci/run installs it).
/// </summary>
public sealed class TmuxTerminal : IAsyncDisposable
{
    readonly string _socket;
    readonly string _statusFile;

    TmuxTerminal(string socket, int cols, int rows)
    {
        (_socket, Cols, Rows) = (socket, cols, rows);
        _statusFile = Path.Combine(Path.GetTempPath(), socket + ".status");
    }

    public int Cols { get; }

    public int Rows { get; }

    /// <summary>Starts <paramref name="program"/> with its arguments (no shell) in a cols×rows pane.</summary>
    public static async Task<TmuxTerminal> StartAsync(string program, IReadOnlyList<string> arguments, int cols = 80, int rows = 24,
        IReadOnlyDictionary<string, string>? environment = null, string? workingDirectory = null)
    {
        if (!File.Exists("/usr/bin/tmux") && FindOnPath("tmux") is null)
        {
            throw new InvalidOperationException("tmux is not installed (apt-get install tmux; .ci/run installs it)");
        }
        var terminal = new TmuxTerminal($"cchc-test-{Environment.ProcessId}-{Guid.NewGuid():N}"[..30], cols, rows);
        var args = new List<string> { "new-session", "-d", "-s", "t", "-x", $"{cols}", "-y", $"{rows}" };
        if (workingDirectory is not null)
        {
            args.AddRange(["-c", workingDirectory]);
        }
        foreach ((string key, string value) in environment ?? new Dictionary<string, string>())
        {
            args.AddRange(["-e", $"{key}={value}"]);
        }
        // The exit status goes to a file and the pane then stays open with the program's last screen: with
        // tmux's remain-on-exit the status is sometimes lost and the dead pane's screen shifts.
        args.AddRange(["--", "/bin/sh", "-c", $"\"$0\" \"$@\"; echo $? > '{terminal._statusFile}'; exec sleep 86400", program, .. arguments]);
        // No status line, so the pane is the whole size from the first byte (turning it off later resizes
        // the pane under the program).
        await terminal.TmuxAsync(["set-option", "-g", "status", "off", ";", .. args]);
        return terminal;
    }

    /// <summary>Presses keys by tmux name: Enter, Escape, Tab, BTab, Up, Down, NPage, PPage, F2, C-l, BSpace …</summary>
    public Task PressAsync(params string[] keys) => TmuxAsync(["send-keys", "-t", "t", .. keys]);

    /// <summary>Types text literally (Vietnamese letters included).</summary>
    public Task TypeAsync(string text) => TmuxAsync(["send-keys", "-t", "t", "-l", text]);

    /// <summary>The screen as text, one line per row, trailing blanks trimmed by tmux.</summary>
    public async Task<string> ScreenAsync() => await TmuxAsync(["capture-pane", "-p", "-t", "t"]);

    /// <summary>Waits until the screen shows <paramref name="text"/>; the screen then, or a failure showing the last screen.</summary>
    public async Task<string> WaitForTextAsync(string text, TimeSpan? timeout = null)
    {
        var clock = Stopwatch.StartNew();
        TimeSpan limit = timeout ?? TimeSpan.FromSeconds(20);
        string screen = "";
        while (clock.Elapsed < limit)
        {
            screen = await ScreenAsync();
            if (screen.Contains(text, StringComparison.Ordinal))
            {
                return screen;
            }
            await Task.Delay(50);
        }
        throw new TimeoutException($"the terminal did not show \"{text}\" within {limit.TotalSeconds:0} s; it shows:\n{screen}");
    }

    /// <summary>The program's exit status once it has ended (null while it runs).</summary>
    public async Task<int?> ExitStatusAsync()
    {
        return File.Exists(_statusFile) && int.TryParse((await File.ReadAllTextAsync(_statusFile)).Trim(), out int status) ? status : null;
    }

    /// <summary>Waits for the program to end; its exit status.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan? timeout = null)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < (timeout ?? TimeSpan.FromSeconds(20)))
        {
            if (await ExitStatusAsync() is { } status)
            {
                return status;
            }
            await Task.Delay(50);
        }
        throw new TimeoutException($"the program did not end; the terminal shows:\n{await ScreenAsync()}");
    }

    /// <summary>Ends the program and the private tmux server.</summary>
    public async ValueTask DisposeAsync()
    {
        try
        {
            await TmuxAsync(["kill-server"]);
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
        File.Delete(_statusFile);
    }

    async Task<string> TmuxAsync(IReadOnlyList<string> args)
    {
        var info = new ProcessStartInfo("tmux") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string arg in new[] { "-L", _socket, "-f", "/dev/null" }.Concat(args))
        {
            info.ArgumentList.Add(arg);
        }
        using Process process = Process.Start(info)!;
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        Task<string> error = process.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        await process.WaitForExitAsync(deadline.Token);
        return process.ExitCode == 0 ? await output : throw new InvalidOperationException($"tmux {string.Join(' ', args)}: {await error}");
    }

    static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Select(dir => Path.Combine(dir, name)).FirstOrDefault(File.Exists);
}
