using CchcGrpc.Client.Cli;

// The cchc client: verbs for scripting; with no verb, the no-verb action (the terminal UI's place;
// this build says it is not there yet).
Console.OutputEncoding = System.Text.Encoding.UTF8;
using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};
return await CliApp.RunAsync(args, CliConsole.FromProcess(), TerminalUiPlaceholder.RunAsync, cancel.Token);
