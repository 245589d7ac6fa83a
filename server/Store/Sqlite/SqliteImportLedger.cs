using Dapper;
using Microsoft.Data.Sqlite;

namespace CchcGrpc.Server.Store.Sqlite;

public sealed class SqliteImportLedger(Database database) : IImportLedger
{
    public async Task<byte[]?> FindAsync(string idempotencyKey, CancellationToken cancellationToken)
    {
        await using var connection = await database.ConnectAsync(cancellationToken);
        return await connection.QueryFirstOrDefaultAsync<byte[]>(new CommandDefinition(
            "SELECT result FROM import_batches WHERE idempotency_key = @idempotencyKey", new { idempotencyKey }, cancellationToken: cancellationToken));
    }

    /// <summary>Records the entry inside the caller's transaction; a key recorded meanwhile is AlreadyExists.</summary>
    internal static void Record(SqliteConnection connection, SqliteTransaction transaction, ImportLedgerEntry entry, long revision, string at)
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
