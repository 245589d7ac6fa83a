namespace CchcGrpc.Client.Cli;

/// <summary>
/// What `cchc` does when the line names no verb (the terminal UI's entry point); it gets the same
/// context as a verb (server, token, language) and returns the exit code.
/// </summary>
public delegate Task<int> NoVerbAction(CliContext context);
