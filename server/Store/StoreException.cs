namespace CchcGrpc.Server.Store;

/// <summary>A store operation refused for a reason the caller can act on; services map the kind to a gRPC status.</summary>
public sealed class StoreException(StoreFailure failure, string message) : Exception(message)
{
    public StoreFailure Failure { get; } = failure;

    /// <summary>For <see cref="StoreFailure.RevisionConflict"/>: the revision the record has now.</summary>
    public long? CurrentRevision { get; init; }
}
