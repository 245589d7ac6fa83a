using System.Globalization;
using CchcGrpc.Server.Store;
using Microsoft.Extensions.Primitives;

namespace CchcGrpc.Server.Hosting;

/// <summary>
/// The operator's size quota of the database file: --max-db-mb for the whole run, else
/// Storage:MaxDatabaseMiB from configuration (appsettings.json, env Storage__MaxDatabaseMiB,
/// --Storage:MaxDatabaseMiB=N), applied again whenever the configuration is reloaded, so that an
/// administrator can raise it on a server that refuses writes without restarting it.
/// </summary>
public sealed partial class StorageQuota : IDisposable
{
    public const string Key = "Storage:MaxDatabaseMiB";

    /// <summary>1 TiB: beyond anything SQLite with 4 KiB pages would be asked to hold here.</summary>
    public const int MaxMiB = 1024 * 1024;

    private readonly Database _database;
    private readonly IConfiguration _configuration;
    private readonly ILogger<StorageQuota> _logger;
    private readonly IDisposable? _watch;

    private StorageQuota(Database database, IConfiguration configuration, ILogger<StorageQuota> logger, int? fixedMiB)
    {
        _database = database;
        _configuration = configuration;
        _logger = logger;
        if (fixedMiB is { } mib)
        {
            Apply(mib);
            return;
        }
        // A malformed value at start stops the server: running without the quota the operator meant is worse.
        Apply(Read() ?? throw new InvalidOperationException($"{Key} takes a whole number of MiB from 1 to {MaxMiB}; got '{_configuration[Key]}'."));
        _watch = ChangeToken.OnChange(configuration.GetReloadToken, Reload);
    }

    /// <summary>Applies the quota now and, unless it is fixed by <paramref name="settings"/>, whenever configuration changes.</summary>
    public static StorageQuota Start(Database database, IConfiguration configuration, ServerSettings settings, ILogger<StorageQuota> logger) =>
        new(database, configuration, logger, settings.MaxDatabaseMiB);

    public void Dispose() => _watch?.Dispose();

    private void Reload()
    {
        if (Read() is { } mib)
        {
            if (mib != CurrentMiB())
            {
                Apply(mib);
            }
        }
        else
        {
            LogMalformed(Key, _configuration[Key], CurrentMiB());
        }
    }

    /// <summary>The configured quota in MiB, 0 when none is configured, null when the value is malformed.</summary>
    private int? Read()
    {
        var text = _configuration[Key];
        if (string.IsNullOrWhiteSpace(text))
        {
            return 0;
        }
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var mib) && mib is >= 1 and <= MaxMiB ? mib : null;
    }

    private int CurrentMiB() => (int)((_database.MaxSizeBytes ?? 0) / (1024 * 1024));

    private void Apply(int mib)
    {
        _database.MaxSizeBytes = mib == 0 ? null : mib * 1024L * 1024;
        var holds = _database.SizeBytes() / (1024.0 * 1024);
        if (mib == 0)
        {
            // Said only when a quota is lifted: most servers run without one.
            if (_watch is not null)
            {
                LogNoQuota(holds);
            }
        }
        else
        {
            LogQuota(mib, holds);
        }
    }

    [LoggerMessage(EventId = 20, EventName = "StorageQuota", Level = LogLevel.Information, Message = "Storage quota: the database may grow to {QuotaMiB} MiB; it holds {SizeMiB:0.0} MiB")]
    private partial void LogQuota(int quotaMiB, double sizeMiB);

    [LoggerMessage(EventId = 21, EventName = "NoStorageQuota", Level = LogLevel.Information, Message = "Storage quota: none; the database holds {SizeMiB:0.0} MiB")]
    private partial void LogNoQuota(double sizeMiB);

    [LoggerMessage(EventId = 22, EventName = "StorageQuotaMalformed", Level = LogLevel.Warning, Message = "Storage quota: {Key} = '{Value}' is not a whole number of MiB from 1 up; the quota stays {QuotaMiB} MiB (0: none)")]
    private partial void LogMalformed(string key, string? value, int quotaMiB);
}
