using System.Text;

namespace CchcGrpc.Client.Tui.SlowLink;

/// <summary>
/// Where the slow-link output's bytes go: the terminal (one write per frame), or nowhere in headless runs;
/// either way every byte is counted, and a headless sink can keep the text for tests and the bench.
/// </summary>
public sealed class TerminalSink : IDisposable
{
    readonly Stream? _target;
    readonly StringBuilder? _captured;

    TerminalSink(Stream? target, bool capture)
    {
        _target = target;
        _captured = capture ? new StringBuilder() : null;
    }

    /// <summary>Bytes written since start-up (UTF-8).</summary>
    public long BytesWritten { get; private set; }

    /// <summary>The terminal this process runs in: standard output, or /dev/tty when that is redirected.</summary>
    public static TerminalSink ForTerminal()
    {
        Stream target = Console.IsOutputRedirected && File.Exists("/dev/tty")
            ? new FileStream("/dev/tty", FileMode.Open, FileAccess.Write, FileShare.ReadWrite, bufferSize: 0)
            : Console.OpenStandardOutput();
        return new TerminalSink(target, capture: false);
    }

    /// <summary>A sink that only counts (and with <paramref name="capture"/> keeps the text written).</summary>
    public static TerminalSink Headless(bool capture = true) => new(null, capture);

    /// <summary>Everything written so far, when capturing.</summary>
    public string Captured => _captured?.ToString() ?? "";

    /// <summary>Sends text as one write.</summary>
    public void Write(string text)
    {
        if (text.Length == 0)
        {
            return;
        }
        byte[] bytes = Encoding.UTF8.GetBytes(text);
        BytesWritten += bytes.Length;
        _captured?.Append(text);
        if (_target is null)
        {
            return;
        }
        try
        {
            _target.Write(bytes);
            _target.Flush();
        }
        catch (IOException)
        {
            // The terminal went away (SSH dropped); the session ends on its own.
        }
    }

    /// <inheritdoc />
    public void Dispose() => _target?.Dispose();
}
