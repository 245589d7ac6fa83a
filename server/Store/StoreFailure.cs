namespace CchcGrpc.Server.Store;

public enum StoreFailure
{
    NotFound,
    AlreadyExists,

    /// <summary>The write was based on an older revision than the one stored.</summary>
    RevisionConflict,

    /// <summary>The write names something the store does not know (a unit, an indicator).</summary>
    UnknownReference,
}
