using System.CommandLine;
using CchcGrpc.Client.Connection;
using CchcGrpc.Client.Import;
using Grpc.Core;

namespace CchcGrpc.Client.Cli;

/// <summary>Parses the command line, runs the verb, and turns every failure into its exit code and one clear sentence.</summary>
public static class CliApp
{
    public static async Task<int> RunAsync(IReadOnlyList<string> args, CliConsole console, NoVerbAction noVerb, CancellationToken cancellationToken = default)
    {
        var command = new CchcCommand();
        command.SetAction((parse, ct) => RunAsync(parse, console, command.Global, null, context => noVerb(context), ct));
        foreach (var verb in command.Verbs)
            verb.SetAction((parse, ct) => RunAsync(parse, console, command.Global, verb, verb.RunAsync, ct));
        var parsed = command.Parse(args);
        // Help and [suggest] answer whatever else the line says; anything else runs only on a line without mistakes.
        if (parsed.Action is not { ClearsParseErrors: true } && UsageErrors.First(parsed) is { } usage)
            return UsageError(console, command.Global.MessagesFor(parsed), usage);
        return await parsed.InvokeAsync(new InvocationConfiguration
        {
            Output = console.Out,
            Error = console.Error,
            EnableDefaultExceptionHandler = false,
            // Ctrl+C is the caller's (Program.cs cancels cancellationToken), not the library's to handle.
            ProcessTerminationTimeout = null,
        }, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<int> RunAsync(ParseResult parse, CliConsole console, GlobalOptions global, Verb? verb,
        Func<CliContext, Task<int>> run, CancellationToken cancellationToken)
    {
        var messages = global.MessagesFor(parse);
        CliContext? context = null;
        try
        {
            context = new CliContext(console, parse, global, cancellationToken);
            return await run(context).ConfigureAwait(false);
        }
        catch (UsageException e)
        {
            return UsageError(console, messages, e.Verb is null ? new UsageException(e.Message, verb?.Name) : e);
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
