namespace CchcGrpc.Server.Store;

/// <summary>Where imports write: a session per import call.</summary>
public interface IImportStore
{
    /// <summary>A session on its own connection; dispose it to roll back what was not committed.</summary>
    IImportSession OpenSession();

    /// <summary>Reads of reports as last committed, for planning batches ahead of the session's writes.</summary>
    IImportReader OpenReader();
}
