namespace CchcGrpc.Server.Store;

/// <summary>Where imports write: a session per import call.</summary>
public interface IImportStore
{
    /// <summary>
    /// A session on its own connection; dispose it to roll back what was not committed. Each of its
    /// transactions waits for another writer's lock until shortly before <paramref name="deadline"/>
    /// (see Database.BeginWrite).
    /// </summary>
    /// <param name="deadline">When the caller stops waiting (UTC; DateTime.MaxValue: never).</param>
    IImportSession OpenSession(DateTime deadline);

    /// <summary>Reads of reports as last committed, for planning batches ahead of the session's writes.</summary>
    IImportReader OpenReader();
}
