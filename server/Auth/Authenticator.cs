using CchcGrpc.Server.Domain.Access;
using CchcGrpc.Server.Domain.Text;
using CchcGrpc.Server.Services;
using CchcGrpc.Server.Store;
using Grpc.Core;

namespace CchcGrpc.Server.Auth;

/// <summary>Turns a call's "authorization: Bearer …" metadata into a <see cref="Principal"/>, or UNAUTHENTICATED.</summary>
public sealed class Authenticator(IUserStore users, TimeProvider time)
{
    public async Task<Principal> AuthenticateAsync(Metadata headers, CancellationToken cancellationToken)
    {
        var token = BearerToken.FromAuthorization(headers.GetValue("authorization"))
            ?? throw Errors.Unauthenticated(ErrorReason.TokenMissing, new(
                "Hãy đăng nhập trước: gửi 'authorization: Bearer <token>' (cchc login, hoặc cchc-server token create).",
                "Sign in first: send 'authorization: Bearer <token>' (cchc login, or cchc-server token create)."));
        var record = await users.FindTokenAsync(BearerToken.HashOf(token), cancellationToken)
            ?? throw Errors.Unauthenticated(ErrorReason.TokenInvalid, new("Mã truy cập (bearer token) không hợp lệ.", "The bearer token is not valid."));
        if (record.RevokedAt is not null)
        {
            throw Errors.Unauthenticated(ErrorReason.TokenRevoked, new("Mã truy cập đã bị thu hồi; hãy đăng nhập lại.", "The bearer token was revoked; sign in again."));
        }
        if (record.ExpiresAt <= time.GetUtcNow())
        {
            throw Errors.Unauthenticated(ErrorReason.TokenExpired, new("Mã truy cập đã hết hạn; hãy đăng nhập lại.", "The bearer token has expired; sign in again."));
        }
        if (record.User.Disabled)
        {
            throw Errors.Unauthenticated(ErrorReason.UserDisabled, new($"Tài khoản '{record.User.Name}' đã bị khóa.", $"User '{record.User.Name}' is disabled."));
        }
        return ToPrincipal(record.User, record.Scopes);
    }

    public static Principal ToPrincipal(UserRecord user, IReadOnlyList<string> scopes) =>
        new(user.Name, user.Role, user.UnitCode, user.UnitPath, scopes.ToHashSet(StringComparer.Ordinal));

    /// <summary>PERMISSION_DENIED unless the policy allows the operation on the unit.</summary>
    /// <param name="what">What the caller tried, as the end of "… may not {what}", in both languages.</param>
    public static void Demand(Principal who, Operation operation, string? unitPath, LocalizedText what, string? unitCode = null)
    {
        if (!AccessPolicy.Allows(who, operation, unitPath))
        {
            var role = who.Role.ToString().ToLowerInvariant();
            throw Errors.Denied(new($"{who.UserName} ({role}) không được phép {what.Vi}.", $"{who.UserName} ({role}) may not {what.En}."),
                operation.ToString(), unitCode);
        }
    }
}
