using CchcGrpc.Client.Connection;
using CchcGrpc.Client.Output;

namespace CchcGrpc.Client.Cli;

/// <summary>Everything a verb needs: the parsed line, the console, messages, printer and the server session.</summary>
public sealed class CliContext : IDisposable
{
    private readonly Lazy<ServerSession> _session;

    public CliContext(CliConsole console, ParsedArgs args, CancellationToken cancellationToken)
    {
        Console = console;
        Args = args;
        CancellationToken = cancellationToken;
        Messages = new Messages(ParseLanguage(args.Value("--lang")));
        Printer = new Printer(console.Out, console.OutputRedirected, ParseOutput(args.Value("--output")));
        Tokens = new TokenStore(console.ConfigDirectory);
        var stored = Tokens.Load();
        Server = args.Value("--server") ?? Env("CCHC_SERVER") ?? stored?.Server ?? GlobalOptions.DefaultServer;
        // A stored token is only sent to the server it was issued by.
        Token = args.Value("--token") ?? Env("CCHC_TOKEN") ?? (stored is not null && stored.Server == Server ? stored.Token : null);
        _session = new Lazy<ServerSession>(() => new ServerSession(Server, Token, Messages.English));
    }

    public CliConsole Console { get; }

    public ParsedArgs Args { get; }

    public CancellationToken CancellationToken { get; }

    public Messages Messages { get; }

    public Printer Printer { get; }

    public TokenStore Tokens { get; }

    public string Server { get; }

    public string? Token { get; }

    public ServerSession Session => _session.Value;

    public void Dispose()
    {
        if (_session.IsValueCreated)
            _session.Value.Dispose();
    }

    private string? Env(string name) => Console.Environment(name) is { Length: > 0 } value ? value : null;

    private static bool ParseLanguage(string? lang) => lang switch
    {
        null or "vi" => false,
        "en" => true,
        _ => throw new UsageException($"--lang must be vi or en, not \"{lang}\""),
    };

    private static OutputFormat ParseOutput(string? output) => output switch
    {
        null or "table" => OutputFormat.Table,
        "json" => OutputFormat.Json,
        "csv" => OutputFormat.Csv,
        _ => throw new UsageException($"--output must be table, json or csv, not \"{output}\""),
    };
}
