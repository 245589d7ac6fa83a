namespace CchcGrpc.Client.Cli;

/// <summary>The no-verb action of this build: the terminal UI is not in it yet, so say so, show the verbs, exit 2.</summary>
public static class TerminalUiPlaceholder
{
    public static Task<int> RunAsync(CliContext context)
    {
        var root = (CchcCommand)context.Parse.RootCommandResult.Command;
        context.Console.Error.WriteLine(context.Messages["no_tui"]);
        HelpPage.WriteOverview(context.Console.Error, context.Messages, root, root.Global);
        return Task.FromResult(ExitCodes.Usage);
    }
}
