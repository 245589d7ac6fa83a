namespace CchcGrpc.Server.Store;

/// <summary>
/// One import call's reads and writes on one connection. Batches are grouped into transactions that
/// the caller commits (before it waits on the network, and when a group is large or old), because a
/// commit per report made the write cost several times the value cost. Each batch is applied inside
/// a savepoint: a batch that fails leaves nothing behind and the rest of the group stands.
/// A transaction begins with the first call after a commit and holds the database's write lock.
/// </summary>
public interface IImportSession : IDisposable
{
    /// <summary>The serialized result recorded under the idempotency key, or null when no batch was applied under it.</summary>
    byte[]? FindBatch(string idempotencyKey);

    /// <summary>The report with its values and text as this session sees it (including its own uncommitted batches).</summary>
    StoredReport? Find(Domain.Reports.ReportKey key);

    /// <summary>The report's revision as this session sees it, or null when it does not exist.</summary>
    long? RevisionOf(Domain.Reports.ReportKey key);

    /// <summary>
    /// Applies one batch's change atomically and returns the report's revision after it. On a
    /// <see cref="StoreException"/> nothing of the change was written.
    /// </summary>
    long Apply(ReportChange change);

    /// <summary>Batches applied since the last commit.</summary>
    int PendingBatches { get; }

    /// <summary>Values written since the last commit.</summary>
    int PendingValues { get; }

    /// <summary>Makes every applied batch durable; nothing happens when none is pending.</summary>
    void Commit();
}
