namespace CchcGrpc.Client.Cli;

/// <summary>
/// Conventional parsing: the first word that is not an option is the verb; global options may
/// come before or after it, the verb's own options after it; "--name value" or "--name=value";
/// "-" is a positional (stdin); "--" ends the options.
/// </summary>
public static class ArgParser
{
    public static ParsedArgs Parse(IReadOnlyList<string> args, IReadOnlyDictionary<string, VerbSpec> verbs)
    {
        var parsed = new ParsedArgs();
        var onlyPositionals = false;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (onlyPositionals || arg == "-" || !arg.StartsWith('-'))
            {
                if (parsed.Verb is null)
                {
                    if (!verbs.ContainsKey(arg))
                        throw new UsageException($"unknown verb \"{arg}\"");
                    parsed.Verb = arg;
                }
                else
                {
                    parsed.Positionals.Add(arg);
                }
                continue;
            }
            if (arg == "--")
            {
                onlyPositionals = true;
                continue;
            }
            var (name, inline) = arg.IndexOf('=') is var eq and > 0 ? (arg[..eq], arg[(eq + 1)..]) : (arg, null);
            var spec = Find(name, parsed.Verb is { } verb ? verbs[verb] : null)
                ?? throw new UsageException($"unknown option {name}" + (parsed.Verb is null ? "" : $" for \"{parsed.Verb}\""), parsed.Verb);
            string value;
            if (!spec.TakesValue)
            {
                if (inline is not null)
                    throw new UsageException($"{spec.Name} takes no value", parsed.Verb);
                value = "true";
            }
            else if (inline is not null)
            {
                value = inline;
            }
            else if (i + 1 < args.Count && (args[i + 1] == "-" || !args[i + 1].StartsWith("--", StringComparison.Ordinal)))
            {
                value = args[++i];
            }
            else
            {
                throw new UsageException($"{spec.Name} needs a value", parsed.Verb);
            }
            if (!parsed.Options.TryGetValue(spec.Name, out var values))
                parsed.Options[spec.Name] = values = [];
            values.Add(value);
        }
        return parsed;
    }

    private static OptionSpec? Find(string name, VerbSpec? verb)
    {
        foreach (var option in verb is null ? GlobalOptions.All : GlobalOptions.All.Concat(verb.Options))
        {
            if (option.Name == name || option.Alias == name)
                return option;
        }
        return null;
    }
}
