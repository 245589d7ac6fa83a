using System.Collections.Concurrent;
using Dapper;
using Microsoft.Data.Sqlite;

namespace CchcGrpc.Server.Store.Sqlite;

/// <summary>
/// Maps indicator ids ("III.3.1.2") to the small integers report_values stores. Ids are never
/// removed, so a mapping once read stays true for the life of the database.
/// </summary>
internal sealed class IndicatorKeys
{
    private readonly ConcurrentDictionary<string, long> _ids = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<long, string> _keys = new();

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
        if (found is { } f)
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
        // Not cached until the transaction commits would be stricter; an id that rolls back is
        // re-read by key next time, because Find checks the table when the cache misses.
        return connection.ExecuteScalar<long>("INSERT INTO indicators (key) VALUES (@key) RETURNING id", new { key }, transaction);
    }

    private void Remember(string key, long id)
    {
        _ids[key] = id;
        _keys[id] = key;
    }
}
