namespace CchcGrpc.Client.Cli;

/// <summary>A verb's name, options and help (summary in both languages, usage and examples as typed).</summary>
public sealed record VerbSpec(
    string Name,
    string SummaryVi,
    string SummaryEn,
    string Usage,
    IReadOnlyList<OptionSpec> Options,
    IReadOnlyList<string> Examples);
