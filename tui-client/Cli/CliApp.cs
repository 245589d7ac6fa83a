using CchcGrpc.Client.Connection;
using CchcGrpc.Client.Export;
using CchcGrpc.Client.Import;
using CchcGrpc.Client.Verbs;
using Grpc.Core;

namespace CchcGrpc.Client.Cli;

/// <summary>Parses the command line, runs the verb, and turns every failure into its exit code and one clear sentence.</summary>
public static class CliApp
{
    public static IReadOnlyList<IVerb> Verbs { get; } =
    [
        new LoginVerb(), new ImportVerb(), new ExportVerb(), new UnitsVerb(), new ReportVerb(),
        new RollUpVerb(), new CompareVerb(), new TrendVerb(),
    ];

    public static async Task<int> RunAsync(IReadOnlyList<string> args, CliConsole console, CancellationToken cancellationToken = default)
    {
        var specs = Verbs.ToDictionary(v => v.Spec.Name, v => v.Spec);
        var english = args.Contains("--lang=en") || args.Select((a, i) => a == "--lang" && i + 1 < args.Count && args[i + 1] == "en").Any(b => b);
        var messages = new Messages(english);
        ParsedArgs parsed;
        try
        {
            parsed = ArgParser.Parse(args, specs);
        }
        catch (UsageException e)
        {
            return UsageError(console, messages, e);
        }
        if (parsed.Verb is null)
        {
            if (!parsed.Has("--help"))
                console.Error.WriteLine(messages["no_tui"]);
            HelpWriter.WriteOverview(parsed.Has("--help") ? console.Out : console.Error, messages, specs.Values);
            return parsed.Has("--help") ? ExitCodes.Ok : ExitCodes.Usage;
        }
        var verb = Verbs.First(v => v.Spec.Name == parsed.Verb);
        if (parsed.Has("--help"))
        {
            HelpWriter.WriteVerb(console.Out, messages, verb.Spec);
            return ExitCodes.Ok;
        }
        CliContext? context = null;
        try
        {
            context = new CliContext(console, parsed, cancellationToken);
            return await verb.RunAsync(context).ConfigureAwait(false);
        }
        catch (UsageException e)
        {
            return UsageError(console, messages, e.Verb is null ? new UsageException(e.Message, parsed.Verb) : e);
        }
        catch (SourceFormatException e)
        {
            console.Error.WriteLine(messages.Format("bad_file", e.Message));
            return ExitCodes.DataRejected;
        }
        catch (RpcException e)
        {
            return RpcFailures.Report(e, messages, console.Error, context?.Server ?? "");
        }
        catch (HttpRequestException e)
        {
            console.Error.WriteLine(messages.Format("unreachable", context?.Server ?? "", "UNAVAILABLE", e.Message));
            return ExitCodes.ConnectionOrAuth;
        }
        finally
        {
            context?.Dispose();
        }
    }

    private static int UsageError(CliConsole console, Messages messages, UsageException e)
    {
        console.Error.WriteLine(messages.Format("usage_error", e.Message, e.Verb is null ? "" : e.Verb + " "));
        return ExitCodes.Usage;
    }
}
