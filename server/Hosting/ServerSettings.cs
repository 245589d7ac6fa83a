using System.Globalization;
using System.Net;
using System.Security.Cryptography.X509Certificates;
using CchcGrpc.Server.Auth;
using CchcGrpc.Server.Domain.Periods;

namespace CchcGrpc.Server.Hosting;

/// <summary>Command-line settings of `cchc-server` (defaults suit a fresh clone).</summary>
public sealed record ServerSettings
{
    public const int DefaultPort = 50051;

    public IPAddress Address { get; init; } = IPAddress.Loopback;

    public int Port { get; init; } = DefaultPort;

    public string? CertificatePath { get; init; }

    public string? CertificatePassword { get; init; }

    public int MaxMessageBytes { get; init; } = 4 * 1024 * 1024;

    /// <summary>The SQLite file; relative paths are from the working directory, like the server verbs'.</summary>
    public string DatabasePath { get; init; } = Environment.GetEnvironmentVariable("CCHC_DB") is { Length: > 0 } db ? db : Path.Combine("data", "cchc.db");

    /// <summary>Load the sample province and demo reports into an empty database.</summary>
    public bool SeedDemoData { get; init; } = true;

    /// <summary>Cut-off day and deadlines of reporting periods (Decree 09/2019 by default).</summary>
    public ReportingRules Reporting { get; init; } = ReportingRules.Decree09;

    /// <summary>PBKDF2 cost; tests lower it, production keeps the default.</summary>
    public int PasswordIterations { get; init; } = PasswordHasher.DefaultIterations;

    public X509Certificate2? LoadCertificate() =>
        CertificatePath is null ? null : X509CertificateLoader.LoadPkcs12FromFile(CertificatePath, CertificatePassword);

    public static string Usage => """
        cchc-server: the CchcGrpc data service (gRPC over HTTP/2).

        usage: cchc-server [options]

          --listen ADDR:PORT     address to listen on (default 127.0.0.1:50051; 0.0.0.0:50051 for all interfaces)
          --cert FILE.pfx        serve TLS (ALPN h2) with this certificate; without it, h2c (prior knowledge)
          --cert-password PW     password of the certificate file (or env CCHC_CERT_PASSWORD)
          --max-message-mb N     largest message accepted or sent (default 4)
          --db PATH              the SQLite database file (default data/cchc.db, or env CCHC_DB)
          --no-demo              do not load the sample province and demo reports into an empty database
          --cutoff-day N         day of the month that closes a period's data (default 14, Decree 09/2019)
          --deadline-days N      days after the cut-off that reports are due (default 4: the 18th)
          -h, --help             this help

        Verbs (same --db): user add, token create, backup. See 'cchc-server user --help'.

        Health: grpc.health.v1.Health. Reflection: grpc.reflection.v1 and v1alpha (grpcurl -plaintext ADDR list).
        """;

    /// <summary>Parses arguments; throws <see cref="ArgumentException"/> with a user-facing message on bad input.</summary>
    public static ServerSettings Parse(IReadOnlyList<string> args)
    {
        var settings = new ServerSettings { CertificatePassword = Environment.GetEnvironmentVariable("CCHC_CERT_PASSWORD") };
        for (var i = 0; i < args.Count; i++)
        {
            string Next() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            settings = args[i] switch
            {
                "--listen" => WithListen(settings, Next()),
                "--cert" => settings with { CertificatePath = Next() },
                "--cert-password" => settings with { CertificatePassword = Next() },
                "--max-message-mb" => settings with { MaxMessageBytes = ParseMegabytes(Next()) },
                "--db" => settings with { DatabasePath = Next() },
                "--no-demo" => settings with { SeedDemoData = false },
                "--cutoff-day" => settings with { Reporting = settings.Reporting with { CutOffDay = ParseDays(Next(), "--cutoff-day") } },
                "--deadline-days" => WithDeadlineDays(settings, ParseDays(Next(), "--deadline-days")),
                _ => throw new ArgumentException($"Unknown option '{args[i]}'."),
            };
        }
        settings.Reporting.Validate();
        return settings;
    }

    private static ServerSettings WithListen(ServerSettings settings, string value)
    {
        var colon = value.LastIndexOf(':');
        if (colon <= 0 || !IPAddress.TryParse(value[..colon].Trim('[', ']'), out var address) ||
            !int.TryParse(value[(colon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var port) || port > 65535)
        {
            throw new ArgumentException($"--listen takes ADDRESS:PORT, such as 127.0.0.1:50051; got '{value}'.");
        }
        return settings with { Address = address, Port = port };
    }

    private static ServerSettings WithDeadlineDays(ServerSettings settings, int days) => settings with
    {
        Reporting = settings.Reporting with { YearDeadlineDays = days, HalfYearDeadlineDays = days, NineMonthsDeadlineDays = days, QuarterDeadlineDays = days },
    };

    private static int ParseDays(string value, string option) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var days) ? days : throw new ArgumentException($"{option} takes a whole number; got '{value}'.");

    private static int ParseMegabytes(string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var mb) && mb is > 0 and <= 1024
            ? mb * 1024 * 1024
            : throw new ArgumentException($"--max-message-mb takes a whole number from 1 to 1024; got '{value}'.");
}
