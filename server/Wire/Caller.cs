using CchcGrpc.Server.Domain.Access;
using Grpc.Core;

namespace CchcGrpc.Server.Wire;

/// <summary>Who is calling: put on the call by <see cref="AuthenticationInterceptor"/>, read by services.</summary>
public static class Caller
{
    private const string Key = "cchc.principal";

    public static void Set(ServerCallContext context, Principal principal) => context.UserState[Key] = principal;

    /// <summary>The signed-in caller; every cchc.v1 method but Auth/Login has one by the time a service runs.</summary>
    public static Principal Of(ServerCallContext context) =>
        context.UserState.TryGetValue(Key, out var value) && value is Principal principal
            ? principal
            : throw new InvalidOperationException($"{context.Method} ran without an authenticated caller; AuthenticationInterceptor must run first.");
}
