namespace CchcGrpc.Client.Cli;

/// <summary>A command line split into verb, positional arguments and options (global ones included).</summary>
public sealed class ParsedArgs
{
    public string? Verb { get; set; }

    public List<string> Positionals { get; } = [];

    /// <summary>Options by canonical name ("--unit"); repeated options keep every value in order.</summary>
    public Dictionary<string, List<string>> Options { get; } = new(StringComparer.Ordinal);

    public bool Has(string name) => Options.ContainsKey(name);

    public string? Value(string name) => Options.TryGetValue(name, out var values) ? values[^1] : null;

    public IReadOnlyList<string> Values(string name) => Options.TryGetValue(name, out var values) ? values : [];

    public string Required(string name) =>
        Value(name) is { Length: > 0 } value ? value : throw new UsageException($"{name} is required", Verb);
}
