using CchcGrpc.Client.Cli;

// The cchc client: verbs for scripting; with no verb it says the terminal UI is a later build.
Console.OutputEncoding = System.Text.Encoding.UTF8;
using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};
return await CliApp.RunAsync(args, CliConsole.FromProcess(), cancel.Token);
