using System.Diagnostics;
using System.Text;

namespace CchcGrpc.Tests.Interop;

/// <summary>Runs a peer's script to completion, with a time limit after which its whole tree is killed.</summary>
internal static class PeerProcess
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(60);

    public static Task<ProcessResult> RunPeerAsync(string peer, string script, IEnumerable<string> arguments, TimeSpan? timeout = null)
    {
        var (fileName, args, workingDirectory) = InteropEnvironment.Command(peer, script, arguments);
        return RunAsync(fileName, args, workingDirectory, timeout ?? DefaultTimeout);
    }

    public static async Task<ProcessResult> RunAsync(string fileName, IReadOnlyList<string> arguments, string workingDirectory, TimeSpan timeout)
    {
        using var process = new Process { StartInfo = StartInfo(fileName, arguments, workingDirectory) };
        var stdout = new StringBuilder();
        var stderr = new StringBuilder();
        process.OutputDataReceived += (_, e) => Append(stdout, e.Data);
        process.ErrorDataReceived += (_, e) => Append(stderr, e.Data);
        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var timedOut = false;
        using (var limit = new CancellationTokenSource(timeout))
        {
            try
            {
                await process.WaitForExitAsync(limit.Token);
            }
            catch (OperationCanceledException)
            {
                timedOut = true;
                process.Kill(entireProcessTree: true);
            }
        }
        // The parameterless wait also drains the redirected output.
        await process.WaitForExitAsync();
        return new ProcessResult(CommandLine(fileName, arguments), timedOut ? -1 : process.ExitCode, timedOut, Read(stdout), Read(stderr));
    }

    public static ProcessStartInfo StartInfo(string fileName, IReadOnlyList<string> arguments, string workingDirectory)
    {
        var info = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }
        // A pyenv or virtualenv setting would point Debian's python at the wrong library folders.
        info.Environment.Remove("PYTHONHOME");
        info.Environment.Remove("PYTHONPATH");
        info.Environment["PYTHONUNBUFFERED"] = "1";
        info.Environment["PYTHONIOENCODING"] = "utf-8";
        return info;
    }

    public static string CommandLine(string fileName, IEnumerable<string> arguments) =>
        string.Join(' ', arguments.Prepend(fileName).Select(a => a.Contains(' ', StringComparison.Ordinal) ? $"'{a}'" : a));

    private static void Append(StringBuilder builder, string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (builder)
        {
            builder.AppendLine(line);
        }
    }

    private static string Read(StringBuilder builder)
    {
        lock (builder)
        {
            return builder.ToString();
        }
    }
}
