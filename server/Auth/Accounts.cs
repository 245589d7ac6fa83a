using CchcGrpc.Server.Domain.Access;
using CchcGrpc.Server.Store;

namespace CchcGrpc.Server.Auth;

/// <summary>Creates users and issues tokens; shared by the Login RPC and the `user add` / `token create` verbs.</summary>
public sealed class Accounts(IUserStore users, PasswordHasher hasher, TimeProvider time)
{
    public static readonly TimeSpan SessionLifetime = TimeSpan.FromHours(12);

    public async Task<UserRecord> AddUserAsync(string name, Role role, string? unitCode, string? password, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Any(char.IsWhiteSpace))
        {
            throw new ArgumentException("A user name is one word without spaces, e.g. op.gianghia.");
        }
        if (role is Role.Operator or Role.Reviewer && unitCode is null)
        {
            throw new ArgumentException($"A {role.ToString().ToLowerInvariant()} needs --unit CODE (the unit they report for or review).");
        }
        if (role != Role.Service && string.IsNullOrEmpty(password))
        {
            throw new ArgumentException("A user signs in with a password: pipe it to --password-stdin.");
        }
        if (password is { Length: < 8 })
        {
            throw new ArgumentException("The password must have at least 8 characters.");
        }
        var hash = password is null ? null : hasher.Hash(password);
        return await users.AddUserAsync(name, role, unitCode, hash, time.GetUtcNow(), cancellationToken);
    }

    /// <summary>Issues a new token for the user; returns the token (shown once) and its expiry.</summary>
    public async Task<(string Token, DateTimeOffset ExpiresAt)> IssueTokenAsync(UserRecord user, TimeSpan lifetime, IReadOnlyList<string>? scopes, CancellationToken cancellationToken)
    {
        var unknown = scopes?.Where(s => !Scopes.All.Contains(s)).ToList();
        if (unknown is { Count: > 0 })
        {
            throw new ArgumentException($"Unknown scope(s): {string.Join(", ", unknown)}. Known: {string.Join(", ", Scopes.All)}.");
        }
        var token = BearerToken.Create();
        var now = time.GetUtcNow();
        var expires = now + lifetime;
        var granted = user.Role == Role.Service ? scopes ?? Scopes.ServiceDefault : [];
        await users.AddTokenAsync(user.Id, BearerToken.HashOf(token), granted, now, expires, cancellationToken);
        return (token, expires);
    }
}
