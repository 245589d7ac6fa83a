namespace CchcGrpc.Server.Store;

/// <summary>
/// Reports as last committed, read on one connection for a whole import call: planning reads one
/// report per batch, and checking out a connection for each read cost more than the read.
/// Used by one thread at a time.
/// </summary>
public interface IImportReader : IDisposable
{
    /// <summary>The report with its values and narrative, or null when it does not exist.</summary>
    StoredReport? Find(Domain.Reports.ReportKey key);
}
