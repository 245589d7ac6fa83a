using Cchc.V1;
using CchcGrpc.Server.Auth;
using CchcGrpc.Server.Store;
using CchcGrpc.Server.Wire;
using CchcGrpc.Wire;

namespace CchcGrpc.Server.Services;

/// <summary>cchc.v1.Auth: password sign-in with throttling, identity, sign-out.</summary>
public sealed class AuthService(IUserStore users, Accounts accounts, Authenticator authenticator, LoginThrottle throttle, TimeProvider time)
{
    public static ServiceDescriptor Descriptor => AuthReflection.Descriptor.Services[0];

    public async Task<LoginResponse> Login(LoginRequest request, ServerCallContext context)
    {
        if (request.UserName.Length == 0 || request.Password.Length == 0)
        {
            throw Errors.Invalid("user_name and password are required.",
                [.. new[] { ("user_name", request.UserName), ("password", request.Password) }.Where(f => f.Item2.Length == 0).Select(f => (f.Item1, "required"))]);
        }
        var wait = throttle.RetryAfter(request.UserName);
        if (wait > TimeSpan.Zero)
        {
            throw new RpcException(StatusCode.ResourceExhausted,
                $"Too many failed sign-ins for '{request.UserName}'; try again in {Math.Ceiling(wait.TotalMinutes)} minute(s).");
        }
        var user = await users.FindUserAsync(request.UserName, context.CancellationToken);
        if (user?.PasswordHash is null || user.Disabled || !PasswordHasher.Verify(request.Password, user.PasswordHash))
        {
            throttle.RecordFailure(request.UserName);
            throw new RpcException(StatusCode.Unauthenticated, "Wrong user name or password.");
        }
        throttle.RecordSuccess(request.UserName);
        var (token, expires) = await accounts.IssueTokenAsync(user, Accounts.SessionLifetime, null, context.CancellationToken);
        return new LoginResponse
        {
            Token = token,
            ExpiresAt = expires.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture),
            Principal = ProtoMapping.ToProto(Authenticator.ToPrincipal(user, [])),
        };
    }

    public async Task<Cchc.V1.Principal> WhoAmI(WhoAmIRequest request, ServerCallContext context) =>
        ProtoMapping.ToProto(await authenticator.RequireAsync(context));

    public async Task<LogoutResponse> Logout(LogoutRequest request, ServerCallContext context)
    {
        await authenticator.RequireAsync(context);
        var token = BearerToken.FromAuthorization(context.RequestHeaders.GetValue("authorization"))!;
        await users.RevokeTokenAsync(BearerToken.HashOf(token), time.GetUtcNow(), context.CancellationToken);
        return new LogoutResponse();
    }
}
