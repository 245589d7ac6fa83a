using System.Diagnostics;
using System.Text;

namespace CchcGrpc.Tests.Interop;

/// <summary>
/// A python or node interop server running as a child process on a loopback port it picked.
/// Its stdin stays open as a lifeline: if the test host dies, the server sees EOF and exits.
/// </summary>
internal sealed class PeerServer : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);

    private readonly Process _process;
    private readonly StringBuilder _stderr;

    private PeerServer(string peer, Process process, StringBuilder stderr, int port, string commandLine)
    {
        Peer = peer;
        _process = process;
        _stderr = stderr;
        Port = port;
        CommandLine = commandLine;
    }

    public string Peer { get; }

    public int Port { get; }

    public string CommandLine { get; }

    public Uri Address => new($"http://127.0.0.1:{Port}");

    /// <summary>What the server wrote on stderr so far, and whether it is still running: for failure messages.</summary>
    public string Diagnostics()
    {
        string stderr;
        lock (_stderr)
        {
            stderr = _stderr.ToString();
        }
        var state = _process.HasExited ? $"exited {_process.ExitCode}" : "running";
        return $"{Peer} server `{CommandLine}` ({state}); its stderr:\n{(stderr.Length > 4000 ? "…" + stderr[^4000..] : stderr)}";
    }

    public static async Task<PeerServer> StartAsync(string peer)
    {
        InteropEnvironment.RequirePeer(peer);
        var (fileName, arguments, workingDirectory) = InteropEnvironment.Command(peer, "interop_server", ["--port", "0", "--exit_on_stdin_close"]);
        var commandLine = PeerProcess.CommandLine(fileName, arguments);
        var process = new Process { StartInfo = PeerProcess.StartInfo(fileName, arguments, workingDirectory) };
        var stderr = new StringBuilder();
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                lock (stderr)
                {
                    stderr.AppendLine(e.Data);
                }
            }
        };
        process.Start();
        process.BeginErrorReadLine();
        try
        {
            using var limit = new CancellationTokenSource(StartTimeout);
            var first = await process.StandardOutput.ReadLineAsync(limit.Token);
            if (first is null || !first.StartsWith("LISTENING ", StringComparison.Ordinal) || !int.TryParse(first.AsSpan(10), out var port))
            {
                throw new InvalidOperationException($"`{commandLine}` did not report its port (first line: {first ?? "<end of output>"}).");
            }
            // Nothing else is expected on stdout, but a full pipe would block the server.
            _ = process.StandardOutput.BaseStream.CopyToAsync(Stream.Null);
            return new PeerServer(peer, process, stderr, port, commandLine);
        }
        catch (Exception ex)
        {
            Stop(process);
            string said;
            lock (stderr)
            {
                said = stderr.ToString();
            }
            throw new InvalidOperationException($"The {peer} interop server did not start: {ex.Message}\nIts stderr:\n{said}", ex);
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            _process.StandardInput.Close();
            using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await _process.WaitForExitAsync(grace.Token);
        }
        catch (Exception ex) when (ex is OperationCanceledException or IOException or InvalidOperationException)
        {
            Stop(_process);
        }
        _process.Dispose();
    }

    private static void Stop(Process process)
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
        catch (InvalidOperationException)
        {
            // It exited between the check and the kill.
        }
    }
}
