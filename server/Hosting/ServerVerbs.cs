using System.CommandLine;
using System.Globalization;
using CchcGrpc.Server.Auth;
using CchcGrpc.Server.Domain.Access;
using CchcGrpc.Server.Store;
using CchcGrpc.Server.Store.Sqlite;

namespace CchcGrpc.Server.Hosting;

/// <summary>
/// The administrative verbs of cchc-server, working on the same database file the server uses
/// (data/cchc.db unless --db says otherwise): user add, token create, backup.
/// </summary>
public sealed class ServerVerbs(TextReader stdin, TextWriter stdout, TextWriter stderr, TimeProvider time)
{
    private static readonly string[] Roles = ["operator", "reviewer", "admin", "service"];

    public IEnumerable<Command> Commands(Option<string> database)
    {
        yield return UserCommand(database);
        yield return TokenCommand(database);
        yield return BackupCommand(database);
    }

    public int UsageError(string message)
    {
        stderr.WriteLine($"cchc-server: {message}.\nTry 'cchc-server --help'.");
        return 2;
    }

    private Command UserCommand(Option<string> database)
    {
        var name = new Argument<string>("NAME") { Description = "the sign-in name, e.g. op.gianghia" };
        var role = new Option<string>("--role") { Description = "operator | reviewer | admin | service", Required = true };
        role.AcceptOnlyFromAmong(Roles);
        var unit = new Option<string?>("--unit") { HelpName = "CODE", Description = "the unit an operator reports for, or the root of what a reviewer reviews (required for both)" };
        var passwordStdin = new Option<bool>("--password-stdin") { Description = "read the password from standard input (not needed for service)" };
        var add = new Command("add", "Adds a user. echo 'S3cret-pass' | cchc-server user add op.gianghia --role operator --unit 67.660 --password-stdin")
        {
            name, role, unit, passwordStdin,
        };
        add.SetAction((result, cancellationToken) => GuardAsync(result.GetValue(database)!, async db =>
        {
            var accounts = new Accounts(new SqliteUserStore(db), new PasswordHasher(), time);
            var password = result.GetValue(passwordStdin) ? (await stdin.ReadLineAsync(cancellationToken))?.TrimEnd('\r') : null;
            var parsedRole = Enum.Parse<Role>(result.GetValue(role)!, ignoreCase: true);
            var user = await accounts.AddUserAsync(result.GetValue(name)!, parsedRole, result.GetValue(unit), password, cancellationToken);
            stdout.WriteLine($"Added {user.Name} ({parsedRole.ToString().ToLowerInvariant()}{(user.UnitCode is null ? "" : ", unit " + user.UnitCode)}).");
            return 0;
        }));
        return new Command("user", "Manages users (see 'cchc-server user add --help').") { add };
    }

    private Command TokenCommand(Option<string> database)
    {
        var user = new Option<string>("--user") { HelpName = "NAME", Description = "whose token it is", Required = true };
        var expires = new Option<string>("--expires") { HelpName = "30d|12h|45m", Description = "lifetime", DefaultValueFactory = _ => "30d" };
        var scopes = new Option<string?>("--scopes")
        {
            HelpName = "a,b",
            // From the scope list itself, so a new service's scopes cannot be left out of the help.
            Description = $"service scopes: {string.Join(", ", Scopes.All)} (default: {string.Join(", ", Scopes.ServiceDefault)})",
        };
        var create = new Command("create", "Prints a new bearer token, alone on stdout, for scripts: authorization: Bearer <token>. export CCHC_TOKEN=$(cchc-server token create --user import.bot --expires 7d)")
        {
            user, expires, scopes,
        };
        create.SetAction((result, cancellationToken) => GuardAsync(result.GetValue(database)!, async db =>
        {
            var lifetime = ParseLifetime(result.GetValue(expires)!);
            var users = new SqliteUserStore(db);
            var name = result.GetValue(user)!;
            var record = await users.FindUserAsync(name, cancellationToken)
                ?? throw new StoreException(StoreFailure.NotFound, new($"Không có người dùng '{name}'. Thêm bằng: cchc-server user add {name} --role ...", $"No user '{name}'. Add one with: cchc-server user add {name} --role ..."));
            var scopeList = result.GetValue(scopes)?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var (token, expiresAt) = await new Accounts(users, new PasswordHasher(), time).IssueTokenAsync(record, lifetime, scopeList, cancellationToken);
            stdout.WriteLine(token);
            stderr.WriteLine($"Token for {record.Name} expires {expiresAt.UtcDateTime:yyyy-MM-dd HH:mm} UTC.");
            return 0;
        }));
        return new Command("token", "Manages API tokens (see 'cchc-server token create --help').") { create };
    }

    private Command BackupCommand(Option<string> database)
    {
        var path = new Argument<string>("PATH") { Description = "a new file for the copy" };
        var backup = new Command("backup", "Writes an online, consistent copy of the database to PATH (a new file) while the server runs.") { path };
        backup.SetAction((result, _) => GuardAsync(result.GetValue(database)!, db =>
        {
            db.BackupTo(result.GetValue(path)!);
            stderr.WriteLine($"Backed up {db.Path} to {Path.GetFullPath(result.GetValue(path)!)}.");
            return Task.FromResult(0);
        }));
        return backup;
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

    /// <summary>Opens the database and runs a verb: a bad argument exits 2, a refusal 1, each with one line.</summary>
    private async Task<int> GuardAsync(string databasePath, Func<Database, Task<int>> verb)
    {
        try
        {
            return await verb(Database.Open(databasePath, time)).ConfigureAwait(false);
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
}
