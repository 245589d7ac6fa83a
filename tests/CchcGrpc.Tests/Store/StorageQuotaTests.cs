using CchcGrpc.Server.Store;
using Dapper;
using Microsoft.Data.Sqlite;

namespace CchcGrpc.Tests.Store;

/// <summary>
/// The database's size quota (SQLite's max_page_count on every connection handed out): a write that
/// would grow the file past it fails with SQLITE_FULL and leaves nothing; changed while connections
/// are pooled, it holds for the next connection; lifted, the file grows again.
/// </summary>
public sealed class StorageQuotaTests : IDisposable
{
    private readonly TempDatabase _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void A_write_past_the_quota_fails_with_SQLITE_FULL_and_leaves_nothing_until_the_quota_is_raised_or_lifted()
    {
        var database = _temp.Database;
        using (var setup = database.Connect())
        {
            setup.Execute("CREATE TABLE filler (text TEXT NOT NULL)");
        }
        var size = database.SizeBytes();
        database.MaxSizeBytes = size + 64 * 1024;
        Assert.Equal(size + 64 * 1024, database.MaxSizeBytes);

        // 16 rows of 8 KiB: more than the 64 KiB the quota leaves.
        var full = Assert.Throws<SqliteException>(() => Insert(database, rows: 16));
        Assert.Equal(SQLitePCL.raw.SQLITE_FULL, full.SqliteErrorCode);
        Assert.Equal(0, Count(database));
        Assert.InRange(database.SizeBytes(), size, size + 64 * 1024);

        // Raised: the same write now fits, on a connection from the same pool.
        database.MaxSizeBytes = size + 1024 * 1024;
        Insert(database, rows: 16);
        Assert.Equal(16, Count(database));

        database.MaxSizeBytes = database.SizeBytes();
        Assert.Throws<SqliteException>(() => Insert(database, rows: 16));
        database.MaxSizeBytes = null;
        Insert(database, rows: 16);
        Assert.Equal(32, Count(database));
    }

    [Fact]
    public void A_quota_is_a_positive_number_of_bytes()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => _temp.Database.MaxSizeBytes = 0);
        Assert.Null(_temp.Database.MaxSizeBytes);
    }

    private static void Insert(Database database, int rows)
    {
        using var connection = database.Connect();
        using var transaction = connection.BeginTransaction();
        for (var i = 0; i < rows; i++)
        {
            connection.Execute("INSERT INTO filler (text) VALUES (@Text)", new { Text = new string('x', 8192) }, transaction);
        }
        transaction.Commit();
    }

    private static long Count(Database database)
    {
        using var connection = database.Connect();
        return connection.ExecuteScalar<long>("SELECT COUNT(*) FROM filler");
    }
}
