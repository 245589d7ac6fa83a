using CchcGrpc.Server.Domain.Text;

namespace CchcGrpc.Server.Store;

/// <summary>A store operation refused for a reason the caller can act on; services map the kind to a gRPC status.</summary>
public sealed class StoreException(StoreFailure failure, LocalizedText message) : Exception(message.En)
{
    public StoreFailure Failure { get; } = failure;

    /// <summary>The refusal in words for a person, in both languages.</summary>
    public LocalizedText Text { get; } = message;

    /// <summary>For <see cref="StoreFailure.RevisionConflict"/>: the revision the record has now.</summary>
    public long? CurrentRevision { get; init; }
}
