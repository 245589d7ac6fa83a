using System.CommandLine;
using System.CommandLine.Parsing;

namespace CchcGrpc.Client.Cli;

/// <summary>
/// A `cchc` verb: a System.CommandLine command with its help (summary in both languages, usage and
/// examples as typed) and what it does, reading its typed values from the parse result.
/// </summary>
public abstract class Verb : Command
{
    protected Verb(string name, Bilingual summary, string usage, IReadOnlyList<string> examples)
        : base(name, summary.Vi)
    {
        Summary = summary;
        Usage = usage;
        Examples = examples;
    }

    public Bilingual Summary { get; }

    public string Usage { get; }

    public IReadOnlyList<string> Examples { get; }

    /// <summary>Runs the verb; returns the exit code.</summary>
    public abstract Task<int> RunAsync(CliContext context);

    protected TOption Add<TOption>(TOption option)
        where TOption : Option
    {
        Options.Add(option);
        return option;
    }

    protected TArgument AddArgument<TArgument>(TArgument argument)
        where TArgument : Argument
    {
        Arguments.Add(argument);
        return argument;
    }

    /// <summary>A validator of the command: the first of <paramref name="options"/> that is missing is "NAME is required".</summary>
    protected void Require(params Option[] options) => Validators.Add(result => RequireIn(result, options));

    /// <summary>The check of <see cref="Require"/>, for validators that require options only in some cases.</summary>
    protected static void RequireIn(CommandResult result, params Option[] options)
    {
        if (options.FirstOrDefault(o => result.GetResult(o) is null) is { } missing)
            result.AddError($"{missing.Name} is required");
    }
}
