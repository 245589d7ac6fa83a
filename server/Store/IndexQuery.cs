using CchcGrpc.Server.Domain.Indices;

namespace CchcGrpc.Server.Store;

/// <summary>Which index results to list: of a kind (all when null), of units under a path (the unit alone unless <paramref name="Subtree"/>), within years.</summary>
public sealed record IndexQuery(IndexKind? Kind, string PathPrefix, bool Subtree, int FromYear, int ToYear, long AfterId, int Limit);
