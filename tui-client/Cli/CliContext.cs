using System.CommandLine;
using CchcGrpc.Client.Connection;
using CchcGrpc.Client.Output;

namespace CchcGrpc.Client.Cli;

/// <summary>Everything a verb needs: the parsed line's typed values, the console, messages, printer and the server session.</summary>
public sealed class CliContext : IDisposable
{
    private readonly Lazy<ServerSession> _session;

    public CliContext(CliConsole console, ParseResult parse, GlobalOptions global, CancellationToken cancellationToken)
    {
        Console = console;
        Parse = parse;
        CancellationToken = cancellationToken;
        Messages = new Messages(parse.GetValue(global.Lang) == Language.English);
        Printer = new Printer(console.Out, console.OutputRedirected, parse.GetValue(global.Output));
        Tokens = new TokenStore(console.ConfigDirectory);
        var stored = Tokens.Load();
        Server = parse.GetValue(global.Server) ?? Env("CCHC_SERVER") ?? stored?.Server ?? GlobalOptions.DefaultServer;
        // A stored token is only sent to the server it was issued by.
        Token = parse.GetValue(global.Token) ?? Env("CCHC_TOKEN") ?? (stored is not null && stored.Server == Server ? stored.Token : null);
        _session = new Lazy<ServerSession>(() => new ServerSession(Server, Token, Messages.English));
    }

    public CliConsole Console { get; }

    /// <summary>The parsed line; verbs read their options through <see cref="Value{T}"/> and <see cref="Values"/>.</summary>
    public ParseResult Parse { get; }

    public CancellationToken CancellationToken { get; }

    public Messages Messages { get; }

    public Printer Printer { get; }

    public TokenStore Tokens { get; }

    public string Server { get; }

    public string? Token { get; }

    public ServerSession Session => _session.Value;

    public T? Value<T>(Option<T> option) => Parse.GetValue(option);

    public T? Value<T>(Argument<T> argument) => Parse.GetValue(argument);

    /// <summary>The value of an option the verb's validators require (so it is there).</summary>
    public string Required(Option<string?> option) => Parse.GetValue(option) ?? throw new InvalidOperationException(option.Name + " is not validated as required");

    /// <summary>Every value of a repeatable option or a variadic argument, in order; none when absent.</summary>
    public IReadOnlyList<string> Values(Option<string[]> option) => Parse.GetValue(option) ?? [];

    public IReadOnlyList<string> Values(Argument<string[]> argument) => Parse.GetValue(argument) ?? [];

    public void Dispose()
    {
        if (_session.IsValueCreated)
            _session.Value.Dispose();
    }

    private string? Env(string name) => Console.Environment(name) is { Length: > 0 } value ? value : null;
}
