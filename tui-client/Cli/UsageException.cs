namespace CchcGrpc.Client.Cli;

/// <summary>A command line that cannot be run (exit 2); the message says what to change.</summary>
public sealed class UsageException(string message, string? verb = null) : Exception(message)
{
    /// <summary>The verb whose help to point to, when known.</summary>
    public string? Verb { get; } = verb;
}
