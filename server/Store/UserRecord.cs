using CchcGrpc.Server.Domain.Access;

namespace CchcGrpc.Server.Store;

/// <summary>A user as stored. The password hash is PBKDF2 in a self-describing string; null for service accounts.</summary>
public sealed record UserRecord(long Id, string Name, Role Role, string? UnitCode, string? UnitPath, string? PasswordHash, bool Disabled);
