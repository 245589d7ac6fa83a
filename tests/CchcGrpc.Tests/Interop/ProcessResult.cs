namespace CchcGrpc.Tests.Interop;

/// <summary>How a peer's process ended, and what it said.</summary>
internal sealed record ProcessResult(string CommandLine, int ExitCode, bool TimedOut, string Stdout, string Stderr)
{
    /// <summary>A failure message with everything needed to rerun and diagnose the run.</summary>
    public string Describe()
    {
        var outcome = TimedOut ? "timed out and was killed" : $"exited {ExitCode}";
        return $"`{CommandLine}` {outcome}.\n--- stderr ---\n{Tail(Stderr)}\n--- stdout ---\n{Tail(Stdout)}";
    }

    private static string Tail(string text) => text.Length <= 4000 ? text : "…" + text[^4000..];
}
