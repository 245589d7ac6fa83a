namespace CchcGrpc.Server.Store;

/// <summary>What an import of a plan or an index result did; values match cchc.v1.ImportOutcome.</summary>
public enum ImportOutcome
{
    /// <summary>Nothing of the kind was stored for the unit and year: stored as new (version 1).</summary>
    Created = 1,

    /// <summary>The same content was stored already: nothing written (a re-import is idempotent).</summary>
    Unchanged = 2,

    /// <summary>Different content: a plan gets a new version; an index result is replaced.</summary>
    Revised = 3,
}
