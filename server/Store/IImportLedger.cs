namespace CchcGrpc.Server.Store;

/// <summary>The idempotency keys of applied import batches (written by <see cref="IReportStore.SaveAsync"/> with the values).</summary>
public interface IImportLedger
{
    /// <summary>The serialized result recorded under the key, or null when no batch was applied under it.</summary>
    Task<byte[]?> FindAsync(string idempotencyKey, CancellationToken cancellationToken);
}
