using CchcGrpc.Client.Cli;

namespace CchcGrpc.Tests.Cli;

/// <summary>Runs `cchc` in-process with captured streams, a private config directory and a chosen environment.</summary>
public sealed class CliHarness : IDisposable
{
    public CliHarness() => Directory.CreateDirectory(ConfigHome);

    public string ConfigHome { get; } = Path.Combine(Path.GetTempPath(), "cchc-cli-" + Guid.NewGuid().ToString("N"));

    public Dictionary<string, string> Environment { get; } = new();

    /// <summary>What a line without a verb runs: the terminal UI (which, with output captured, says it needs a terminal) unless a test plugs in another.</summary>
    public NoVerbAction NoVerb { get; set; } = CchcGrpc.Client.Tui.Host.TuiHost.RunAsync;

    public string Out { get; private set; } = "";

    public string Error { get; private set; } = "";

    public async Task<int> RunAsync(string stdin, bool tty, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var environment = new Dictionary<string, string>(Environment) { ["XDG_CONFIG_HOME"] = ConfigHome };
        var console = new CliConsole(output, error, new StringReader(stdin), OutputRedirected: !tty, InputRedirected: true,
            name => environment.GetValueOrDefault(name));
        var code = await CliApp.RunAsync(args, console, NoVerb);
        Out = output.ToString();
        Error = error.ToString();
        return code;
    }

    public Task<int> RunAsync(params string[] args) => RunAsync("", false, args);

    public void Dispose()
    {
        try
        {
            Directory.Delete(ConfigHome, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
