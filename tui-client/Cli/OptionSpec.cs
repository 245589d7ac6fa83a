namespace CchcGrpc.Client.Cli;

/// <summary>
/// An option a verb accepts: "--unit U" takes a value, "--dry-run" does not. Its help is written in
/// Vietnamese (default) and English (--lang en), like the verb summaries.
/// </summary>
public sealed record OptionSpec(string Name, bool TakesValue, string HelpVi, string HelpEn, string? Alias = null)
{
    /// <summary>The help text in the language of <paramref name="messages"/>.</summary>
    public string Help(Messages messages) => messages.English ? HelpEn : HelpVi;
}
