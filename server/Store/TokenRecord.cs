namespace CchcGrpc.Server.Store;

/// <summary>A bearer token as stored: only its SHA-256 hash, its owner, scopes and lifetime.</summary>
public sealed record TokenRecord(long Id, UserRecord User, IReadOnlyList<string> Scopes, DateTimeOffset ExpiresAt, DateTimeOffset? RevokedAt);
