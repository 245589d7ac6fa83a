namespace CchcGrpc.Client.Cli;

/// <summary>A `cchc` verb: its spec (options, help) and what it does; returns the exit code.</summary>
public interface IVerb
{
    VerbSpec Spec { get; }

    Task<int> RunAsync(CliContext context);
}
