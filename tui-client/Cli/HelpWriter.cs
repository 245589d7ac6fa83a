namespace CchcGrpc.Client.Cli;

/// <summary>`cchc --help` and `cchc VERB --help`: usage, options and examples, in the chosen language.</summary>
public static class HelpWriter
{
    public static void WriteOverview(TextWriter output, Messages messages, IEnumerable<VerbSpec> verbs)
    {
        output.WriteLine($"{messages["usage"]}: cchc [--server URL] [--token T] [--output table|json|csv] [--lang vi|en] VERB ...");
        output.WriteLine();
        output.WriteLine(messages["verbs"] + ":");
        foreach (var verb in verbs)
            output.WriteLine($"  {verb.Name,-9} {(messages.English ? verb.SummaryEn : verb.SummaryVi)}");
        WriteOptions(output, messages, messages["global_options"], GlobalOptions.All);
        output.WriteLine();
        output.WriteLine(messages["exit_codes"]);
    }

    public static void WriteVerb(TextWriter output, Messages messages, VerbSpec verb)
    {
        output.WriteLine(messages.English ? verb.SummaryEn : verb.SummaryVi);
        output.WriteLine();
        output.WriteLine($"{messages["usage"]}: {verb.Usage}");
        if (verb.Options.Count > 0)
            WriteOptions(output, messages, messages["options"], verb.Options);
        WriteOptions(output, messages, messages["global_options"], GlobalOptions.All);
        output.WriteLine();
        output.WriteLine(messages["examples"] + ":");
        foreach (var example in verb.Examples)
            output.WriteLine("  " + example);
        output.WriteLine();
        output.WriteLine(messages["exit_codes"]);
    }

    private static void WriteOptions(TextWriter output, Messages messages, string heading, IEnumerable<OptionSpec> options)
    {
        output.WriteLine();
        output.WriteLine(heading + ":");
        foreach (var option in options)
        {
            var name = (option.Alias is null ? "" : option.Alias + ", ") + option.Name + (option.TakesValue ? " V" : "");
            output.WriteLine($"  {name,-22} {option.Help(messages)}");
        }
    }
}
