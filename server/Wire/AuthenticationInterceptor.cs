using CchcGrpc.Server.Auth;
using Grpc.Core;

namespace CchcGrpc.Server.Wire;

/// <summary>
/// Signs the caller in from its bearer token before any service code looks at the request, so an
/// anonymous call to any cchc.v1 method but Auth/Login is UNAUTHENTICATED whatever its arguments.
/// Health and reflection stay open, as their clients (load balancers, grpcurl) expect.
/// </summary>
public sealed class AuthenticationInterceptor(Authenticator authenticator) : CallInterceptor
{
    public const string LoginMethod = "/cchc.v1.Auth/Login";

    public static bool RequiresSignIn(string method) =>
        method.StartsWith("/cchc.v1.", StringComparison.Ordinal) && method != LoginMethod;

    protected override Task<T> AroundAsync<T>(ServerCallContext context, Func<Task<T>> call) =>
        RequiresSignIn(context.Method) ? SignedInAsync(context, call) : call();

    private async Task<T> SignedInAsync<T>(ServerCallContext context, Func<Task<T>> call)
    {
        Caller.Set(context, await authenticator.AuthenticateAsync(context.RequestHeaders, context.CancellationToken).ConfigureAwait(false));
        return await call().ConfigureAwait(false);
    }
}
