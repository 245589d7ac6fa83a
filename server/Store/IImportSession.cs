namespace CchcGrpc.Server.Store;

/// <summary>
/// One import call's reads and writes on one connection. Batches are grouped into transactions that
/// the caller commits (before it waits on the network, and when a group is large or old), because a
/// commit per report made the write cost several times the value cost. A batch refused by the
/// store's checks (revision, unknown unit or catalog) is refused before anything of it is written,
/// so the group goes on; a write that fails part-way (disk full, I/O) rolls back the whole open
/// group, so no report is ever half-written. (Savepoints per batch would allow finer recovery,
/// but SQLite copies every page a savepoint touches: they doubled the cost of a batch.)
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
    /// Applies one batch's change and returns the report's revision after it. On a
    /// <see cref="StoreException"/> of a check nothing of the change was written; on any other
    /// failure nothing of the open group was.
    /// </summary>
    long Apply(ReportChange change);

    /// <summary>Batches applied since the last commit.</summary>
    int PendingBatches { get; }

    /// <summary>Values written since the last commit.</summary>
    int PendingValues { get; }

    /// <summary>Makes every applied batch durable; nothing happens when none is pending.</summary>
    void Commit();
}
