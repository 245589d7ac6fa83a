using CchcGrpc.Bench.Infrastructure;

namespace CchcGrpc.Bench.Tui;

/// <summary>
/// A program in a tmux pane of a fixed size on a private tmux server, with every byte the program writes
/// to its terminal copied to a file (pipe-pane), so the suite counts what would cross an SSH link.
/// </summary>
internal sealed class TmuxPane : IAsyncDisposable
{
    private readonly string _socket;
    private readonly string _capture;
    private readonly List<(string Key, long From, long To)> _keystrokes = [];

    private TmuxPane(string socket, string capture) => (_socket, _capture) = (socket, capture);

    /// <summary>Bytes the program has written to the pane so far.</summary>
    public long BytesWritten => File.Exists(_capture) ? new FileInfo(_capture).Length : 0;

    /// <summary>
    /// Starts <paramref name="command"/> in a cols×rows pane (no status line); the program starts a second
    /// after the pane so that pipe-pane is attached before its first byte.
    /// </summary>
    public static async Task<TmuxPane> StartAsync(int cols, int rows, string command, IReadOnlyDictionary<string, string> environment)
    {
        string socket = $"cchc-bench-{Environment.ProcessId}-{Guid.NewGuid():N}"[..32];
        string capture = Path.Combine(Path.GetTempPath(), socket + ".out");
        var pane = new TmuxPane(socket, capture);
        var args = new List<string> { "new-session", "-d", "-s", "bench", "-x", $"{cols}", "-y", $"{rows}" };
        foreach ((string key, string value) in environment)
        {
            args.AddRange(["-e", $"{key}={value}"]);
        }
        args.Add($"sleep 1; exec {command}");
        await pane.TmuxAsync(args);
        await pane.TmuxAsync(["set-option", "-t", "bench", "status", "off"]);
        await pane.TmuxAsync(["pipe-pane", "-o", "-t", "bench", $"cat >> '{capture}'"]);
        return pane;
    }

    /// <summary>Sends keys by tmux name (Down, NPage, Tab, BSpace) or literal characters.</summary>
    public Task SendKeysAsync(params string[] keys) => TmuxAsync(["send-keys", "-t", "bench", .. keys]);

    /// <summary>The pane's text.</summary>
    public async Task<string> CaptureAsync() => (await TmuxAsync(["capture-pane", "-p", "-t", "bench"])).StandardOutput;

    /// <summary>Waits until the pane shows the text.</summary>
    public async Task WaitForTextAsync(string text, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if ((await CaptureAsync()).Contains(text, StringComparison.Ordinal))
            {
                return;
            }
            await Task.Delay(100);
        }
        throw new BenchFailure($"the pane never showed \"{text}\":\n{await CaptureAsync()}");
    }

    /// <summary>Waits until no byte has arrived for <paramref name="quiet"/> (at most <paramref name="timeout"/>).</summary>
    public async Task WaitForQuietAsync(TimeSpan quiet, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        long last = BytesWritten;
        var since = DateTime.UtcNow;
        while (DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
            long now = BytesWritten;
            if (now != last)
            {
                (last, since) = (now, DateTime.UtcNow);
            }
            else if (DateTime.UtcNow - since >= quiet)
            {
                return;
            }
        }
    }

    /// <summary>Notes that the bytes from <paramref name="from"/> to now answered <paramref name="key"/> (see <see cref="DumpKeystrokes"/>).</summary>
    public void MarkKeystroke(string key, long from) => _keystrokes.Add((key, from, BytesWritten));

    /// <summary>Each marked keystroke with its bytes, ESC shown as \e: what a key made the program send.</summary>
    public string DumpKeystrokes()
    {
        byte[] all = File.Exists(_capture) ? File.ReadAllBytes(_capture) : [];
        var sb = new System.Text.StringBuilder();
        foreach ((string key, long from, long to) in _keystrokes)
        {
            int start = (int)Math.Min(from, all.Length), end = (int)Math.Min(to, all.Length);
            string text = System.Text.Encoding.UTF8.GetString(all, start, end - start);
            sb.Append(key).Append(' ').Append(end - start).Append(" B: ").AppendLine(text.Replace("\u001b", "\\e", StringComparison.Ordinal));
        }
        return sb.ToString();
    }

    public async ValueTask DisposeAsync()
    {
        await ToolRunner.RunAsync("tmux", ["-L", _socket, "kill-server"], TimeSpan.FromSeconds(10));
        File.Delete(_capture);
    }

    private async Task<ToolRunner.Result> TmuxAsync(IEnumerable<string> args)
    {
        var result = await ToolRunner.RunAsync("tmux", ["-L", _socket, "-f", "/dev/null", .. args], TimeSpan.FromSeconds(10));
        return result.ExitCode == 0 ? result : throw new BenchFailure($"tmux {string.Join(' ', args)}: {result.StandardError}");
    }
}
