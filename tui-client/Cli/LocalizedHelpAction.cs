using System.CommandLine;
using System.CommandLine.Invocation;

namespace CchcGrpc.Client.Cli;

/// <summary>The action of -h/--help: the help page of the verb on the line (or the overview), in its language.</summary>
public sealed class LocalizedHelpAction(GlobalOptions global) : SynchronousCommandLineAction
{
    /// <summary>As the library's own help: asking for help is answered even on a line with mistakes.</summary>
    public override bool ClearsParseErrors => true;

    public override int Invoke(ParseResult parseResult)
    {
        var output = parseResult.InvocationConfiguration.Output;
        var messages = global.MessagesFor(parseResult);
        if (parseResult.CommandResult.Command is Verb verb)
            HelpPage.WriteVerb(output, messages, verb, global);
        else
            HelpPage.WriteOverview(output, messages, parseResult.RootCommandResult.Command, global);
        return ExitCodes.Ok;
    }
}
