using Cchc.V1;
using CchcGrpc.Server.Auth;
using CchcGrpc.Server.Store;
using CchcGrpc.Server.Wire;
using Grpc.Core;

namespace CchcGrpc.Server.Services;

/// <summary>cchc.v1.Auth: password sign-in with throttling, identity, sign-out.</summary>
public sealed class AuthService(IUserStore users, Accounts accounts, LoginThrottle throttle, TimeProvider time) : Cchc.V1.Auth.AuthBase
{
    public override async Task<LoginResponse> Login(LoginRequest request, ServerCallContext context)
    {
        if (request.UserName.Length == 0 || request.Password.Length == 0)
        {
            var missing = new[] { ("user_name", request.UserName), ("password", request.Password) }
                .Where(f => f.Item2.Length == 0)
                .Select(f => new FieldProblem(f.Item1, new("Bắt buộc.", "Required.")))
                .ToArray();
            throw Errors.Invalid(new("Cần tên đăng nhập và mật khẩu.", "user_name and password are required."), missing);
        }
        var wait = throttle.TryBegin(request.UserName);
        if (wait > TimeSpan.Zero)
        {
            var minutes = Math.Ceiling(wait.TotalMinutes);
            throw new ServiceError(StatusCode.ResourceExhausted, ErrorReason.LoginThrottled,
                new($"Đăng nhập sai quá nhiều lần với '{request.UserName}'; hãy thử lại sau {minutes} phút.",
                    $"Too many failed sign-ins for '{request.UserName}'; try again in {minutes} minute(s)."),
                details: [new Google.Rpc.RetryInfo { RetryDelay = Google.Protobuf.WellKnownTypes.Duration.FromTimeSpan(wait) }]);
        }
        bool? signedIn = null;
        UserRecord? user;
        try
        {
            user = await users.FindUserAsync(request.UserName, context.CancellationToken);
            signedIn = user?.PasswordHash is not null && !user.Disabled && PasswordHasher.Verify(request.Password, user.PasswordHash);
        }
        finally
        {
            throttle.End(request.UserName, signedIn);
        }
        if (signedIn != true)
        {
            throw Errors.Unauthenticated(ErrorReason.LoginFailed, new("Sai tên đăng nhập hoặc mật khẩu.", "Wrong user name or password."));
        }
        var (token, expires) = await accounts.IssueTokenAsync(user!, Accounts.SessionLifetime, null, context.CancellationToken);
        return new LoginResponse
        {
            Token = token,
            ExpiresAt = expires.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture),
            Principal = ProtoMapping.ToProto(Authenticator.ToPrincipal(user!, [])),
        };
    }

    public override Task<Cchc.V1.Principal> WhoAmI(WhoAmIRequest request, ServerCallContext context) =>
        Task.FromResult(ProtoMapping.ToProto(Caller.Of(context)));

    public override async Task<LogoutResponse> Logout(LogoutRequest request, ServerCallContext context)
    {
        // The interceptor has checked the token; revoking it ends this session only.
        var token = BearerToken.FromAuthorization(context.RequestHeaders.GetValue("authorization"))!;
        await users.RevokeTokenAsync(BearerToken.HashOf(token), time.GetUtcNow(), context.CancellationToken);
        return new LogoutResponse();
    }
}
