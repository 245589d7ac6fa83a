using CchcGrpc.Server.Domain.Access;

namespace CchcGrpc.Server.Store;

/// <summary>Users and their bearer tokens.</summary>
public interface IUserStore
{
    /// <summary>Adds a user; <see cref="StoreFailure.AlreadyExists"/> when the name is taken, <see cref="StoreFailure.UnknownReference"/> for an unknown unit.</summary>
    Task<UserRecord> AddUserAsync(string name, Role role, string? unitCode, string? passwordHash, DateTimeOffset at, CancellationToken cancellationToken);

    Task<UserRecord?> FindUserAsync(string name, CancellationToken cancellationToken);

    Task<int> CountUsersAsync(CancellationToken cancellationToken);

    Task AddTokenAsync(long userId, string tokenHash, IReadOnlyList<string> scopes, DateTimeOffset createdAt, DateTimeOffset expiresAt, CancellationToken cancellationToken);

    Task<TokenRecord?> FindTokenAsync(string tokenHash, CancellationToken cancellationToken);

    /// <summary>Revokes a token; false when no such token exists.</summary>
    Task<bool> RevokeTokenAsync(string tokenHash, DateTimeOffset at, CancellationToken cancellationToken);
}
