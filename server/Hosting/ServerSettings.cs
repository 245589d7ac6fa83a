using System.Net;
using System.Security.Cryptography.X509Certificates;
using CchcGrpc.Server.Auth;
using CchcGrpc.Server.Domain.Periods;

namespace CchcGrpc.Server.Hosting;

/// <summary>
/// What `cchc-server` runs with (defaults suit a fresh clone). Where it listens is decided in this
/// order: <see cref="Listen"/> (--listen ADDR:PORT), <see cref="Urls"/> (--urls), then ASP.NET
/// Core's own configuration (ASPNETCORE_URLS, "urls" or Kestrel:Endpoints in appsettings.json),
/// then <c>http://127.0.0.1:50051</c>.
/// </summary>
public sealed record ServerSettings
{
    public const int DefaultPort = 50051;

    public static readonly IPEndPoint DefaultEndpoint = new(IPAddress.Loopback, DefaultPort);

    /// <summary>One address and port (h2c, or TLS with <see cref="CertificatePath"/>); port 0 picks a free one.</summary>
    public IPEndPoint? Listen { get; init; }

    /// <summary>ASP.NET Core URLs, ';'-separated (http://127.0.0.1:50051;https://0.0.0.0:50443).</summary>
    public string? Urls { get; init; }

    /// <summary>For tests and tools: listen on loopback at this port (0: any free one).</summary>
    public int Port { init => Listen = new IPEndPoint(IPAddress.Loopback, value); }

    public string? CertificatePath { get; init; }

    public string? CertificatePassword { get; init; }

    public int MaxMessageBytes { get; init; } = 4 * 1024 * 1024;

    /// <summary>The SQLite file; relative paths are from the working directory, like the server verbs'.</summary>
    public string DatabasePath { get; init; } = DefaultDatabasePath;

    /// <summary>
    /// The database's size quota in MiB (--max-db-mb), fixed for the run; null: configuration's
    /// Storage:MaxDatabaseMiB, re-read when appsettings.json changes; neither: no quota.
    /// </summary>
    public int? MaxDatabaseMiB { get; init; }

    /// <summary>Load the sample province and demo reports into an empty database.</summary>
    public bool SeedDemoData { get; init; } = true;

    /// <summary>Cut-off day and deadlines of reporting periods (Decree 09/2019 by default).</summary>
    public ReportingRules Reporting { get; init; } = ReportingRules.Decree09;

    /// <summary>PBKDF2 cost; tests lower it, production keeps the default.</summary>
    public int PasswordIterations { get; init; } = PasswordHasher.DefaultIterations;

    /// <summary>How long calls in flight may run on after SIGTERM before they are cut off.</summary>
    public TimeSpan ShutdownTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Arguments for ASP.NET Core's configuration (--Kestrel:Endpoints:..., --Logging:LogLevel:...).</summary>
    public IReadOnlyList<string> HostArguments { get; init; } = [];

    /// <summary>Where appsettings.json is read from; the working directory unless set.</summary>
    public string? ContentRoot { get; init; }

    /// <summary>Extra logging set-up (tests capture log lines through it).</summary>
    public Action<ILoggingBuilder>? ConfigureLogging { get; init; }

    /// <summary>Extra or replaced services, after the service's own (tests inject failing stores; the bench adds its service).</summary>
    public Action<IServiceCollection>? ConfigureServices { get; init; }

    /// <summary>Extra endpoints, mapped after the cchc.v1 services (the wire bench's echo service).</summary>
    public Action<IEndpointRouteBuilder>? MapEndpoints { get; init; }

    public static string DefaultDatabasePath =>
        Environment.GetEnvironmentVariable("CCHC_DB") is { Length: > 0 } db ? db : Path.Combine("data", "cchc.db");

    public X509Certificate2? LoadCertificate() =>
        CertificatePath is null ? null : X509CertificateLoader.LoadPkcs12FromFile(CertificatePath, CertificatePassword);
}
