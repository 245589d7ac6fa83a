using CchcGrpc.Server.Store.Migrations;
using Dapper;
using Microsoft.Data.Sqlite;

namespace CchcGrpc.Server.Store;

/// <summary>
/// The embedded SQLite file: WAL (readers never wait for the writer), foreign keys on, and a busy
/// timeout so concurrent writers queue instead of failing. Connections are pooled by the driver.
/// An optional size quota (<see cref="MaxSizeBytes"/>) caps how far the file may grow.
/// </summary>
public sealed class Database
{
    private const string ConnectionPragmas = "PRAGMA busy_timeout = 10000; PRAGMA synchronous = NORMAL;";
    private const string BulkPragmas = " PRAGMA cache_size = -8192; PRAGMA wal_autocheckpoint = 4000; PRAGMA temp_store = MEMORY; PRAGMA foreign_keys = OFF;";
    private readonly string _connectionString;
    private readonly object _quotaLock = new();
    private long _pageSize = 4096;
    private long _unlimitedPages;
    private long? _maxSizeBytes;

    // What every connection runs when it is handed out; rebuilt when the quota changes.
    private volatile string _pragmas = ConnectionPragmas;

    static Database()
    {
        // Process-wide, and only possible before SQLite's first use (afterwards SQLite refuses it and
        // keeps its defaults, which are merely slower). Every connection here is used by one thread at
        // a time, Microsoft.Data.Sqlite's own rule, so SQLite's per-connection mutexes ("serialized"
        // mode) and its global allocation statistics only cost: they were 8% of the import writer's CPU.
        SQLitePCL.Batteries_V2.Init();
        SQLitePCL.raw.sqlite3_config(SQLitePCL.raw.SQLITE_CONFIG_MULTITHREAD);
        SQLitePCL.raw.sqlite3_config(SQLitePCL.raw.SQLITE_CONFIG_MEMSTATUS, 0);
    }

    private Database(string path)
    {
        Path = System.IO.Path.GetFullPath(path);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            ForeignKeys = true,
            // Microsoft.Data.Sqlite retries a locked database until this many seconds have passed, on
            // top of busy_timeout: its 30 s outlasted the cchc client's 30 s deadline. With 1 it gives
            // up as soon as SQLite's own wait (busy_timeout, in milliseconds: see BeginWrite) has run
            // out, so busy_timeout alone decides how long a call waits for the lock.
            DefaultTimeout = 1,
        }.ToString();
    }

    public string Path { get; }

    /// <summary>The longest a write waits for another writer's lock (a deadline further away, or none, waits this long).</summary>
    public static readonly TimeSpan LockWaitCap = TimeSpan.FromMilliseconds(10_000);

    /// <summary>
    /// Begins a write transaction (BEGIN IMMEDIATE: the write lock first), waiting for another
    /// writer's lock no longer than <see cref="LockWait"/> allows before the caller's deadline; then
    /// SQLITE_BUSY, which the wire answers UNAVAILABLE with a retry hint while the caller still listens.
    /// </summary>
    /// <param name="deadline">When the caller stops waiting (UTC, as gRPC gives it; DateTime.MaxValue: never).</param>
    public static SqliteTransaction BeginWrite(SqliteConnection connection, DateTime deadline)
    {
        // The wire's deadline is on the system clock (grpc-dotnet's own), never on the injected
        // reporting clock that tests set to other years.
        var wait = LockWait(deadline, TimeProvider.System.GetUtcNow().UtcDateTime);
        using (var pragma = connection.CreateCommand())
        {
            pragma.CommandText = $"PRAGMA busy_timeout = {((long)wait.TotalMilliseconds).ToString(System.Globalization.CultureInfo.InvariantCulture)}";
            pragma.ExecuteNonQuery();
        }
        return connection.BeginTransaction(deferred: false);
    }

    /// <summary>
    /// How long a write may wait for the lock at <paramref name="now"/>: until a margin before the
    /// deadline (a quarter of the time left, at least half a second, for the answer to get back in
    /// time), at most <see cref="LockWaitCap"/>, never negative. Microsoft.Data.Sqlite's own retry
    /// rounds a wait under a second up to one, so deadlines under about 1.5 s may still pass first.
    /// </summary>
    public static TimeSpan LockWait(DateTime deadline, DateTime now)
    {
        if (deadline == DateTime.MaxValue)
        {
            return LockWaitCap;
        }
        var left = deadline - now;
        var margin = TimeSpan.FromTicks(Math.Max(TimeSpan.FromMilliseconds(500).Ticks, left.Ticks / 4));
        var wait = left - margin;
        return wait <= TimeSpan.Zero ? TimeSpan.Zero : wait < LockWaitCap ? wait : LockWaitCap;
    }

    /// <summary>Opens (creating if needed) the database file and applies pending migrations.</summary>
    public static Database Open(string path, TimeProvider time)
    {
        var directory = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }
        OwnerOnly(System.IO.Path.GetFullPath(path));
        var database = new Database(path);
        using var connection = database.Connect();
        connection.Execute("PRAGMA journal_mode = WAL");
        Migrator.Apply(connection, Schema.All, time);
        database._pageSize = connection.ExecuteScalar<long>("PRAGMA page_size");
        // SQLite's own limit, for when a quota is lifted: pooled connections keep the last one they were given.
        database._unlimitedPages = connection.ExecuteScalar<long>("PRAGMA max_page_count");
        return database;
    }

    /// <summary>
    /// The operator's quota: the file may grow to this many bytes (SQLite's max_page_count, set on
    /// every connection as it is handed out), or without limit when null. A write that would grow it
    /// further fails with SQLITE_FULL and writes nothing, as on a full disk. It can be raised or
    /// lowered while the server runs; it never goes below what the file already holds (SQLite keeps
    /// existing pages), so a lower quota only stops growth.
    /// </summary>
    public long? MaxSizeBytes
    {
        get
        {
            lock (_quotaLock)
            {
                return _maxSizeBytes;
            }
        }
        set
        {
            if (value is <= 0)
            {
                throw new ArgumentOutOfRangeException(nameof(value), value, "A quota is a positive number of bytes.");
            }
            lock (_quotaLock)
            {
                _maxSizeBytes = value;
                var pages = value is { } bytes ? Math.Max(1, bytes / _pageSize) : _unlimitedPages;
                _pragmas = $"{ConnectionPragmas} PRAGMA max_page_count = {pages.ToString(System.Globalization.CultureInfo.InvariantCulture)};";
            }
        }
    }

    /// <summary>What the file holds now, in bytes (pages in use, whether still in the write-ahead log or not).</summary>
    public long SizeBytes()
    {
        using var connection = Connect();
        return connection.ExecuteScalar<long>("PRAGMA page_count") * _pageSize;
    }

    /// <summary>An open connection with this store's per-connection settings.</summary>
    public SqliteConnection Connect() => Open(_connectionString, _pragmas);

    /// <summary>
    /// A connection of its own (not pooled) for one long run of writes, such as an import call:
    /// checkpoints come every 16 MiB of log rather than every 4 MiB, and foreign keys are not
    /// checked row by row: its one writer (ReportWriter) only refers to a report it has just found
    /// or created and to indicator ids it has just looked up or added, in the same transaction.
    /// An 8 MiB page cache holds what one group of 20,000 values dirties (SQLite's 2 MiB spilled it
    /// to the log mid-transaction and read it back; 64 MiB only added allocations and page faults).
    /// All of this ends with the connection.
    /// </summary>
    public SqliteConnection ConnectForBulkWrites() =>
        Open(new SqliteConnectionStringBuilder(_connectionString) { Pooling = false }.ToString(),
            _pragmas + BulkPragmas);

    public async Task<SqliteConnection> ConnectAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        using var pragma = connection.CreateCommand();
        pragma.CommandText = _pragmas;
        await pragma.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        return connection;
    }

    private static SqliteConnection Open(string connectionString, string pragmas)
    {
        var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var pragma = connection.CreateCommand();
        pragma.CommandText = pragmas;
        pragma.ExecuteNonQuery();
        return connection;
    }

    /// <summary>
    /// Null when the file can be opened as it stands (never created, not pooled) and read; else why not.
    /// A pooled connection would still answer after the file was removed from under it.
    /// </summary>
    public string? Probe()
    {
        try
        {
            using var connection = new SqliteConnection(new SqliteConnectionStringBuilder(_connectionString) { Mode = SqliteOpenMode.ReadWrite, Pooling = false }.ToString());
            connection.Open();
            connection.ExecuteScalar<long>("SELECT count(*) FROM sqlite_schema");
            return null;
        }
        catch (SqliteException ex)
        {
            return ex.Message;
        }
    }

    /// <summary>
    /// At shutdown, once no call runs any more: folds the write-ahead log into the file and closes
    /// this database's pooled connections, so the file is whole and alone when the process ends.
    /// Null when so; else why the log could not be folded in (a full disk: the file cannot grow to
    /// take its pages). Nothing is lost then: the log stays beside the file and SQLite replays it at
    /// the next open.
    /// </summary>
    public string? Close()
    {
        using var connection = Connect();
        try
        {
            connection.Execute("PRAGMA wal_checkpoint(TRUNCATE)");
            return null;
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode is SQLitePCL.raw.SQLITE_FULL or SQLitePCL.raw.SQLITE_IOERR or SQLitePCL.raw.SQLITE_BUSY)
        {
            return ex.Message;
        }
        finally
        {
            SqliteConnection.ClearPool(connection);
        }
    }

    /// <summary>An online, consistent copy of the database (SQLite's backup API), safe while the server runs.</summary>
    public void BackupTo(string destination)
    {
        var full = System.IO.Path.GetFullPath(destination);
        if (File.Exists(full))
        {
            throw new IOException($"'{destination}' already exists; choose a new file name.");
        }
        OwnerOnly(full);
        using var source = Connect();
        using var target = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = full, Pooling = false }.ToString());
        target.Open();
        source.BackupDatabase(target);
    }

    /// <summary>
    /// The database holds password hashes and every unit's reports: readable by its owner only
    /// (0600). A new file is created so before SQLite opens it (never briefly world-readable), an
    /// existing one is tightened; SQLite gives the -wal and -shm files the database file's mode.
    /// </summary>
    private static void OwnerOnly(string file)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }
        const UnixFileMode mode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        try
        {
            if (!File.Exists(file))
            {
                new FileStream(file, new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, UnixCreateMode = mode }).Dispose();
            }
            foreach (var existing in new[] { file, file + "-wal", file + "-shm" }.Where(File.Exists))
            {
                if (File.GetUnixFileMode(existing) != mode)
                {
                    File.SetUnixFileMode(existing, mode);
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Created meanwhile by another process, or not ours to change: SQLite reports what it cannot open.
        }
    }
}
