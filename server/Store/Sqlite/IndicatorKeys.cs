using System.Collections.Concurrent;
using Dapper;
using Microsoft.Data.Sqlite;

namespace CchcGrpc.Server.Store.Sqlite;

/// <summary>
/// Maps indicator ids ("III.3.1.2") to the small integers report_values stores. A committed key is
/// never removed, so a mapping read outside a transaction stays true for the life of the database.
/// One read inside a transaction is not remembered: the row may be that transaction's own insert,
/// and a rollback would leave the cache pointing at a key that no longer exists.
/// </summary>
internal sealed class IndicatorKeys
{
    private readonly ConcurrentDictionary<string, long> _ids = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<long, string> _keys = new();
    private int _warm;

    public string KeyOf(SqliteConnection connection, long id)
    {
        if (_keys.TryGetValue(id, out var key))
        {
            return key;
        }
        key = connection.ExecuteScalar<string>("SELECT key FROM indicators WHERE id = @id", new { id })!;
        Remember(key, id);
        return key;
    }

    public long? Find(SqliteConnection connection, SqliteTransaction? transaction, string key)
    {
        if (_ids.TryGetValue(key, out var id))
        {
            return id;
        }
        var found = connection.ExecuteScalar<long?>("SELECT id FROM indicators WHERE key = @key", new { key }, transaction);
        if (found is { } f && transaction is null)
        {
            Remember(key, f);
        }
        return found;
    }

    /// <summary>The id of a key, adding it inside the caller's transaction when new.</summary>
    public long GetOrAdd(SqliteConnection connection, SqliteTransaction transaction, string key)
    {
        if (Find(connection, transaction, key) is { } id)
        {
            return id;
        }
        // Not remembered (see above); catalog ids are registered at start-up, so this is rare.
        return connection.ExecuteScalar<long>("INSERT INTO indicators (key) VALUES (@key) RETURNING id", new { key }, transaction);
    }

    private void Warm(SqliteConnection connection)
    {
        foreach (var (id, key) in connection.Query<(long Id, string Key)>("SELECT id, key FROM indicators"))
        {
            Remember(key, id);
        }
    }

    /// <summary>
    /// Remembers every committed key, the first time only: the keys registered at start-up are all a
    /// store needs, and writes then never look keys up one by one. Call it outside a transaction.
    /// </summary>
    public void EnsureWarm(SqliteConnection connection)
    {
        if (Volatile.Read(ref _warm) == 0)
        {
            Warm(connection);
            Volatile.Write(ref _warm, 1);
        }
    }

    private void Remember(string key, long id)
    {
        _ids[key] = id;
        _keys[id] = key;
    }
}
