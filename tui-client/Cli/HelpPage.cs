using System.CommandLine;
using System.CommandLine.Help;

namespace CchcGrpc.Client.Cli;

/// <summary>
/// `cchc --help` and `cchc VERB --help` in the chosen language: usage, options, examples and exit
/// codes, laid out as before the move to System.CommandLine (whose own help layout is not public
/// API in 2.x/3.0 and writes one language).
/// </summary>
public static class HelpPage
{
    public static void WriteOverview(TextWriter output, Messages messages, Command root, GlobalOptions global)
    {
        output.WriteLine($"{messages["usage"]}: cchc [--server URL] [--token T] [--output table|json|csv] [--lang vi|en] VERB ...");
        output.WriteLine();
        output.WriteLine(messages["verbs"] + ":");
        foreach (var verb in root.Subcommands.OfType<Verb>())
            output.WriteLine($"  {verb.Name,-9} {verb.Summary.In(messages)}");
        WriteOptions(output, messages, messages["global_options"], global.All);
        output.WriteLine();
        output.WriteLine(messages["exit_codes"]);
    }

    public static void WriteVerb(TextWriter output, Messages messages, Verb verb, GlobalOptions global)
    {
        output.WriteLine(verb.Summary.In(messages));
        output.WriteLine();
        output.WriteLine($"{messages["usage"]}: {verb.Usage}");
        if (verb.Options.Count > 0)
            WriteOptions(output, messages, messages["options"], verb.Options);
        WriteOptions(output, messages, messages["global_options"], global.All);
        output.WriteLine();
        output.WriteLine(messages["examples"] + ":");
        foreach (var example in verb.Examples)
            output.WriteLine("  " + example);
        output.WriteLine();
        output.WriteLine(messages["exit_codes"]);
    }

    /// <summary>"-o, --out V": aliases first, then the name, and V when the option takes a value.</summary>
    public static string Label(Option option) =>
        string.Concat(option.Aliases.Select(a => a + ", ")) + option.Name
        + (option.Arity.MaximumNumberOfValues > 0 && option.ValueType != typeof(bool) ? " V" : "");

    public static Bilingual Describe(Option option) => option switch
    {
        IDescribedOption described => described.Help,
        HelpOption => GlobalOptions.HelpText,
        _ => new(option.Description ?? "", option.Description ?? ""),
    };

    private static void WriteOptions(TextWriter output, Messages messages, string heading, IEnumerable<Option> options)
    {
        output.WriteLine();
        output.WriteLine(heading + ":");
        foreach (var option in options)
            output.WriteLine($"  {Label(option),-22} {Describe(option).In(messages)}");
    }
}
