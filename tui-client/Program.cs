using CchcGrpc.Client.Cli;

// The cchc client: verbs for scripting; with no verb, the terminal UI (Tui/Host/TuiHost).
Console.OutputEncoding = System.Text.Encoding.UTF8;
using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};
return await CliApp.RunAsync(args, CliConsole.FromProcess(), CchcGrpc.Client.Tui.Host.TuiHost.RunAsync, cancel.Token);
