namespace CchcGrpc.Client.Cli;

/// <summary>An option a verb accepts: "--unit U" takes a value, "--dry-run" does not.</summary>
public sealed record OptionSpec(string Name, bool TakesValue, string Help, string? Alias = null);
