using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Net;
using CchcGrpc.Server.Domain.Access;
using CchcGrpc.Server.Store;

namespace CchcGrpc.Server.Hosting;

/// <summary>
/// `cchc-server`'s command line (System.CommandLine): with no verb it serves; `user add`,
/// `token create` and `backup` work on the same database. Arguments of the form
/// --Section:Key=value go on to ASP.NET Core's configuration (Kestrel endpoints, log levels).
/// Exit codes: 0 done, 1 refused (e.g. user exists), 2 usage error.
/// </summary>
public sealed class ServerCommandLine
{
    private readonly Option<IPEndPoint?> _listen = new("--listen")
    {
        HelpName = "ADDR:PORT",
        Description = "address to listen on (default 127.0.0.1:50051; 0.0.0.0:50051 for all interfaces); wins over --urls and ASPNETCORE_URLS",
        CustomParser = ParseEndpoint,
    };

    private readonly Option<string?> _urls = new("--urls")
    {
        HelpName = "URLS",
        Description = "ASP.NET Core URLs, ';'-separated (http://127.0.0.1:50051;https://0.0.0.0:50443); wins over ASPNETCORE_URLS and appsettings.json",
    };

    private readonly Option<FileInfo?> _cert = new("--cert") { HelpName = "FILE.pfx", Description = "serve TLS (ALPN h2) with this certificate; without it, h2c (prior knowledge)" };

    private readonly Option<string?> _certPassword = new("--cert-password")
    {
        HelpName = "PW",
        Description = "password of the certificate file (or env CCHC_CERT_PASSWORD)",
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable("CCHC_CERT_PASSWORD"),
    };

    private readonly Option<int> _maxMessage = new("--max-message-mb") { HelpName = "N", Description = "largest message accepted or sent, in MiB (1–1024)", DefaultValueFactory = _ => 4 };

    private readonly Option<string> _db = new("--db")
    {
        HelpName = "PATH",
        Description = "the SQLite database file (or env CCHC_DB); the verbs take it too",
        Recursive = true,
        DefaultValueFactory = _ => ServerSettings.DefaultDatabasePath,
    };

    private readonly Option<int?> _maxDatabase = new("--max-db-mb")
    {
        HelpName = "N",
        Description = "size quota of the database file in MiB: a write that would grow it further is refused (RESOURCE_EXHAUSTED STORAGE_FULL) and writes nothing; "
            + "to change it without a restart set \"Storage\": { \"MaxDatabaseMiB\": N } in appsettings.json instead (re-read when the file changes); default: no quota",
    };

    private readonly Option<bool> _noDemo = new("--no-demo") { Description = "do not load the sample province and demo reports into an empty database" };

    private readonly Option<int> _cutOffDay = new("--cutoff-day") { HelpName = "N", Description = "day of the month that closes a period's data (14: Decree 09/2019)", DefaultValueFactory = _ => 14 };

    private readonly Option<int> _deadlineDays = new("--deadline-days") { HelpName = "N", Description = "days after the cut-off that reports are due (4: the 18th)", DefaultValueFactory = _ => 4 };

    private readonly Option<int> _shutdownSeconds = new("--shutdown-timeout") { HelpName = "SECONDS", Description = "after SIGTERM, how long calls in flight may finish", DefaultValueFactory = _ => 10 };

    private readonly RootCommand _root;

    public ServerCommandLine(ServerVerbs verbs, Func<ServerSettings, CancellationToken, Task<int>> serve)
    {
        _maxMessage.Validators.Add(r => Range(r, _maxMessage, 1, 1024));
        _maxDatabase.Validators.Add(r => Range(r, _maxDatabase, 1, StorageQuota.MaxMiB));
        _cutOffDay.Validators.Add(r => Range(r, _cutOffDay, 1, 31));
        _deadlineDays.Validators.Add(r => Range(r, _deadlineDays, 0, 366));
        _shutdownSeconds.Validators.Add(r => Range(r, _shutdownSeconds, 0, 3600));
        _root = new RootCommand(
            "cchc-server: the CchcGrpc data service (gRPC over HTTP/2, grpc-dotnet on Kestrel).\n" +
            "Health: grpc.health.v1.Health. Reflection: grpc.reflection.v1 and v1alpha (grpcurl -plaintext ADDR list).\n" +
            "Endpoints: --listen, else --urls, else ASPNETCORE_URLS / appsettings.json (\"urls\", Kestrel:Endpoints), else 127.0.0.1:50051.\n" +
            "Other ASP.NET Core settings as --Section:Key=value (e.g. --Logging:LogLevel:CchcGrpc=Warning).")
        {
            _listen, _urls, _cert, _certPassword, _maxMessage, _db, _maxDatabase, _noDemo, _cutOffDay, _deadlineDays, _shutdownSeconds,
        };
        // Configuration keys for ASP.NET Core are checked in the action, not refused by the parser.
        _root.TreatUnmatchedTokensAsErrors = false;
        _root.SetAction((result, cancellationToken) =>
        {
            var unknown = result.UnmatchedTokens.Where(t => !IsConfigurationArgument(t)).ToList();
            return unknown.Count > 0 ? Task.FromResult(verbs.UsageError($"unknown option '{unknown[0]}'")) : serve(Settings(result), cancellationToken);
        });
        foreach (var verb in verbs.Commands(_db))
        {
            _root.Subcommands.Add(verb);
        }
    }

    /// <summary>Parses and runs; a usage error is one line on standard error and exit code 2.</summary>
    public async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken = default)
    {
        var parsed = _root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            stderr.WriteLine($"cchc-server: {parsed.Errors[0].Message}\nTry 'cchc-server --help'.");
            return 2;
        }
        // SIGTERM and Ctrl+C are the host's to handle (a bounded graceful stop); System.CommandLine would end the
        // process 2 seconds after them, cutting off calls in flight.
        return await parsed.InvokeAsync(new InvocationConfiguration { Output = stdout, Error = stderr, ProcessTerminationTimeout = null }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The settings a command line serves with; null and a message when it is not a serving one.</summary>
    public ServerSettings? ParseSettings(IReadOnlyList<string> args, out string? error)
    {
        var parsed = _root.Parse(args);
        var unknown = parsed.UnmatchedTokens.FirstOrDefault(t => !IsConfigurationArgument(t));
        error = parsed.Errors.Count > 0 ? parsed.Errors[0].Message : unknown is null ? null : $"unknown option '{unknown}'";
        return error is null && parsed.CommandResult.Command == _root ? Settings(parsed) : null;
    }

    private ServerSettings Settings(ParseResult result)
    {
        var days = result.GetValue(_deadlineDays);
        return new ServerSettings
        {
            Listen = result.GetValue(_listen),
            Urls = result.GetValue(_urls),
            CertificatePath = result.GetValue(_cert)?.FullName,
            CertificatePassword = result.GetValue(_certPassword),
            MaxMessageBytes = result.GetValue(_maxMessage) * 1024 * 1024,
            DatabasePath = result.GetValue(_db)!,
            MaxDatabaseMiB = result.GetValue(_maxDatabase),
            SeedDemoData = !result.GetValue(_noDemo),
            Reporting = Domain.Periods.ReportingRules.Decree09 with
            {
                CutOffDay = result.GetValue(_cutOffDay),
                YearDeadlineDays = days, HalfYearDeadlineDays = days, NineMonthsDeadlineDays = days, QuarterDeadlineDays = days,
            },
            ShutdownTimeout = TimeSpan.FromSeconds(result.GetValue(_shutdownSeconds)),
            HostArguments = [.. result.UnmatchedTokens],
        };
    }

    private static bool IsConfigurationArgument(string token) =>
        token.StartsWith("--", StringComparison.Ordinal) && token.IndexOf(':', StringComparison.Ordinal) > 2
        || !token.StartsWith('-') && token.Contains('=', StringComparison.Ordinal);

    private static IPEndPoint? ParseEndpoint(ArgumentResult result)
    {
        var value = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
        var colon = value.LastIndexOf(':');
        if (colon > 0 && IPAddress.TryParse(value[..colon].Trim('[', ']'), out var address) &&
            int.TryParse(value[(colon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port <= 65535)
        {
            return new IPEndPoint(address, port);
        }
        result.AddError($"--listen takes ADDRESS:PORT, such as 127.0.0.1:50051; got '{value}'");
        return null;
    }

    private static void Range(OptionResult result, Option<int?> option, int min, int max)
    {
        if (result.GetValueOrDefault<int?>() is { } value && (value < min || value > max))
        {
            result.AddError($"{option.Name} takes a whole number from {min} to {max}; got {value.ToString(CultureInfo.InvariantCulture)}");
        }
    }

    private static void Range(OptionResult result, Option<int> option, int min, int max)
    {
        var value = result.GetValueOrDefault<int>();
        if (value < min || value > max)
        {
            result.AddError($"{option.Name} takes a whole number from {min} to {max}; got {value.ToString(CultureInfo.InvariantCulture)}");
        }
    }
}
