using System.Globalization;
using CchcGrpc.Server.Auth;
using CchcGrpc.Server.Domain.Access;
using CchcGrpc.Server.Store;

namespace CchcGrpc.Server.Hosting;

/// <summary>
/// The administrative verbs of cchc-server, working on the same database file the server uses
/// (data/cchc.db unless --db says otherwise): user add, token create, backup.
/// </summary>
public static class ServerVerbs
{
    public const string Usage = """
        cchc-server user add NAME --role operator|reviewer|admin|service [--unit CODE] --password-stdin
            Adds a user. Operators and reviewers need --unit (the unit they report for / the root of
            what they review). The password is read from standard input (not needed for service).
            echo 'S3cret-pass' | cchc-server user add op.gianghia --role operator --unit 67.660 --password-stdin

        cchc-server token create --user NAME [--expires 30d] [--scopes a,b]
            Prints a new bearer token, alone on stdout, for scripts: authorization: Bearer <token>.
            --expires takes Nd, Nh or Nm (default 30d). Service scopes: units.read, units.write,
            reports.read, reports.write, analytics.read (default all but units.write).
            export CCHC_TOKEN=$(cchc-server token create --user import.bot --expires 7d)

        cchc-server backup PATH
            Writes an online, consistent copy of the database to PATH (a new file) while the server runs.

        Common: --db PATH (default data/cchc.db, or env CCHC_DB).
        Exit codes: 0 done, 1 refused (e.g. user exists), 2 usage error.
        """;

    public static async Task<int> RunAsync(string verb, IReadOnlyList<string> args, string databasePath, TextReader stdin, TextWriter stdout, TextWriter stderr, TimeProvider time)
    {
        try
        {
            var database = Database.Open(databasePath, time);
            var users = new Store.Sqlite.SqliteUserStore(database);
            var accounts = new Accounts(users, new PasswordHasher(), time);
            switch (verb)
            {
                case "user" when args.Count > 0 && args[0] == "add":
                    return await AddUserAsync(args.Skip(1).ToList(), accounts, stdin, stdout);
                case "token" when args.Count > 0 && args[0] == "create":
                    return await CreateTokenAsync(args.Skip(1).ToList(), users, accounts, stdout, stderr);
                case "backup" when args.Count == 1:
                    database.BackupTo(args[0]);
                    stderr.WriteLine($"Backed up {database.Path} to {Path.GetFullPath(args[0])}.");
                    return 0;
                default:
                    stderr.WriteLine($"cchc-server: unknown or incomplete command '{verb} {string.Join(' ', args)}'.\n\n{Usage}");
                    return 2;
            }
        }
        catch (ArgumentException ex)
        {
            stderr.WriteLine($"cchc-server: {ex.Message}");
            return 2;
        }
        catch (Exception ex) when (ex is StoreException or IOException)
        {
            stderr.WriteLine($"cchc-server: {ex.Message}");
            return 1;
        }
    }

    private static async Task<int> AddUserAsync(List<string> args, Accounts accounts, TextReader stdin, TextWriter stdout)
    {
        var (positional, options) = Split(args, ["--role", "--unit"], ["--password-stdin"]);
        if (positional.Count != 1)
        {
            throw new ArgumentException("user add takes one NAME.");
        }
        var role = options.GetValueOrDefault("--role") switch
        {
            "operator" => Role.Operator,
            "reviewer" => Role.Reviewer,
            "admin" => Role.Admin,
            "service" => Role.Service,
            var other => throw new ArgumentException($"--role must be operator, reviewer, admin or service; got '{other}'."),
        };
        string? password = null;
        if (options.ContainsKey("--password-stdin"))
        {
            password = (await stdin.ReadLineAsync())?.TrimEnd('\r');
        }
        var user = await accounts.AddUserAsync(positional[0], role, options.GetValueOrDefault("--unit"), password, CancellationToken.None);
        stdout.WriteLine($"Added {user.Name} ({role.ToString().ToLowerInvariant()}{(user.UnitCode is null ? "" : ", unit " + user.UnitCode)}).");
        return 0;
    }

    private static async Task<int> CreateTokenAsync(List<string> args, IUserStore users, Accounts accounts, TextWriter stdout, TextWriter stderr)
    {
        var (positional, options) = Split(args, ["--user", "--expires", "--scopes"], []);
        if (positional.Count != 0 || !options.TryGetValue("--user", out var name))
        {
            throw new ArgumentException("token create needs --user NAME.");
        }
        var lifetime = ParseLifetime(options.GetValueOrDefault("--expires") ?? "30d");
        var user = await users.FindUserAsync(name, CancellationToken.None)
            ?? throw new StoreException(StoreFailure.NotFound, $"No user '{name}'. Add one with: cchc-server user add {name} --role ...");
        var scopes = options.TryGetValue("--scopes", out var s) ? s.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : null;
        var (token, expires) = await accounts.IssueTokenAsync(user, lifetime, scopes, CancellationToken.None);
        stdout.WriteLine(token);
        stderr.WriteLine($"Token for {user.Name} expires {expires.UtcDateTime:yyyy-MM-dd HH:mm} UTC.");
        return 0;
    }

    /// <summary>"30d", "12h", "45m".</summary>
    public static TimeSpan ParseLifetime(string text)
    {
        if (text.Length >= 2 && int.TryParse(text[..^1], NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0)
        {
            switch (text[^1])
            {
                case 'd': return TimeSpan.FromDays(n);
                case 'h': return TimeSpan.FromHours(n);
                case 'm': return TimeSpan.FromMinutes(n);
            }
        }
        throw new ArgumentException($"--expires takes a number and d, h or m (e.g. 30d); got '{text}'.");
    }

    private static (List<string> Positional, Dictionary<string, string> Options) Split(List<string> args, string[] valued, string[] flags)
    {
        var positional = new List<string>();
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i++)
        {
            if (valued.Contains(args[i]))
            {
                options[args[i]] = i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            }
            else if (flags.Contains(args[i]))
            {
                options[args[i]] = "";
            }
            else if (args[i].StartsWith("--", StringComparison.Ordinal))
            {
                throw new ArgumentException($"Unknown option '{args[i]}'.");
            }
            else
            {
                positional.Add(args[i]);
            }
        }
        return (positional, options);
    }
}
