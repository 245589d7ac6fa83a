using CchcGrpc.Server.Domain.Access;
using CchcGrpc.Server.Store;
using CchcGrpc.Server.Wire;
using CchcGrpc.Wire;

namespace CchcGrpc.Server.Auth;

/// <summary>Turns a call's "authorization: Bearer …" metadata into a <see cref="Principal"/>, or UNAUTHENTICATED.</summary>
public sealed class Authenticator(IUserStore users, TimeProvider time)
{
    private const string ItemKey = "cchc.principal";

    public async Task<Principal> RequireAsync(ServerCallContext context)
    {
        if (context.Items.TryGetValue(ItemKey, out var cached) && cached is Principal known)
        {
            return known;
        }
        var token = BearerToken.FromAuthorization(context.RequestHeaders.GetValue("authorization"))
            ?? throw Unauthenticated("Sign in first: send 'authorization: Bearer <token>' (cchc login, or cchc-server token create).");
        var record = await users.FindTokenAsync(BearerToken.HashOf(token), context.CancellationToken)
            ?? throw Unauthenticated("The bearer token is not valid.");
        if (record.RevokedAt is not null)
        {
            throw Unauthenticated("The bearer token was revoked; sign in again.");
        }
        if (record.ExpiresAt <= time.GetUtcNow())
        {
            throw Unauthenticated("The bearer token has expired; sign in again.");
        }
        if (record.User.Disabled)
        {
            throw Unauthenticated($"User '{record.User.Name}' is disabled.");
        }
        var principal = ToPrincipal(record.User, record.Scopes);
        context.Items[ItemKey] = principal;
        return principal;
    }

    public static Principal ToPrincipal(UserRecord user, IReadOnlyList<string> scopes) =>
        new(user.Name, user.Role, user.UnitCode, user.UnitPath, scopes.ToHashSet(StringComparer.Ordinal));

    /// <summary>PERMISSION_DENIED unless the policy allows the operation on the unit.</summary>
    public static void Demand(Principal who, Operation operation, string? unitPath, string what)
    {
        if (!AccessPolicy.Allows(who, operation, unitPath))
        {
            throw new RpcException(StatusCode.PermissionDenied, $"{who.UserName} ({who.Role}) may not {what}.");
        }
    }

    private static RpcException Unauthenticated(string message) => new(StatusCode.Unauthenticated, message);
}
