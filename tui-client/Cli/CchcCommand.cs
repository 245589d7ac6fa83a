using System.CommandLine;
using CchcGrpc.Client.Export;
using CchcGrpc.Client.Import;
using CchcGrpc.Client.Verbs;

namespace CchcGrpc.Client.Cli;

/// <summary>
/// The `cchc` command line: the global options (recursive, so before or after the verb), -h/--help
/// in the chosen language, the verbs, and the [suggest] directive for tab completion. Only the
/// tree: <see cref="CliApp"/> gives the commands their actions.
/// </summary>
public sealed class CchcCommand : RootCommand
{
    /// <summary>No response files: "@name" is a file name like any other, as it always was.</summary>
    public static ParserConfiguration Parsing { get; } = new() { ResponseFileTokenReplacer = null };

    public CchcCommand()
    {
        // The line [suggest] completes starts with "cchc" whatever the process is called (tests: testhost).
        if (Name != "cchc")
            Aliases.Add("cchc");
        // The library's --version and its /h, -?, /? spellings of help were never cchc's.
        Options.Clear();
        foreach (var option in Global.All)
            Options.Add(option);
        foreach (var verb in Verbs)
            Subcommands.Add(verb);
    }

    public GlobalOptions Global { get; } = new();

    public IReadOnlyList<Verb> Verbs { get; } =
    [
        new LoginVerb(), new ImportVerb(), new ExportVerb(), new UnitsVerb(), new ReportVerb(),
        new RollUpVerb(), new CompareVerb(), new TrendVerb(), new Plans.PlanVerb(), new Indices.IndexVerb(),
    ];

    public TVerb Verb<TVerb>()
        where TVerb : Verb => Verbs.OfType<TVerb>().Single();

    public ParseResult Parse(IReadOnlyList<string> args) => Parse(args, Parsing);

    public ParseResult Parse(string commandLine) => Parse(commandLine, Parsing);
}
