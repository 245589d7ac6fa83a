using Dapper;
using Microsoft.Data.Sqlite;

namespace CchcGrpc.Server.Store.Sqlite;

/// <summary>The import_batches table: idempotency keys of applied batches and their stored results.</summary>
internal static class ImportLedgerRows
{
    public static byte[]? Find(SqliteConnection connection, SqliteTransaction? transaction, string idempotencyKey) =>
        connection.QueryFirstOrDefault<byte[]>(
            "SELECT result FROM import_batches WHERE idempotency_key = @idempotencyKey", new { idempotencyKey }, transaction);

    /// <summary>Records the entry inside the caller's transaction; a key recorded meanwhile is AlreadyExists.</summary>
    public static void Record(SqliteConnection connection, SqliteTransaction transaction, ImportLedgerEntry entry, long revision, string at)
    {
        try
        {
            connection.Execute(
                "INSERT INTO import_batches (idempotency_key, applied_at, result) VALUES (@Key, @At, @Result)",
                new { Key = entry.IdempotencyKey, At = at, Result = entry.ResultAt(revision) }, transaction);
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode == 19)
        {
            throw new StoreException(StoreFailure.AlreadyExists, $"An import batch was already applied under key '{entry.IdempotencyKey}'.");
        }
    }
}
