using CchcGrpc.Server.Domain.Indices;

namespace CchcGrpc.Server.Store;

/// <summary>An index result as stored, with its unit's path for access checks.</summary>
public sealed record StoredIndexResult(long Id, IndexResult Result, string UnitPath, DateTimeOffset ImportedAt, string ImportedBy);
