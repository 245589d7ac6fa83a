using Cchc.V1;
using CchcGrpc.Tests.EndToEnd;
using CchcGrpc.Tests.Reliability.Hostile;
using CchcGrpc.Tests.Wire;
using Google.Protobuf;
using Grpc.Core;

namespace CchcGrpc.Tests.Reliability.Security;

/// <summary>
/// The access matrix over every method of every cchc.v1 service descriptor: each signed-in role ×
/// own unit / child / parent / other unit, as <see cref="AccessExpectations"/> writes it down, and
/// anonymous, expired and revoked callers, who are UNAUTHENTICATED everywhere but Login. A refusal
/// is PERMISSION_DENIED (for an import: the batch rejected, nothing written) before anything else,
/// so a denied caller does not even learn whether the report exists.
/// </summary>
public sealed class FullAccessMatrixTests(ObservedServer server) : IClassFixture<ObservedServer>
{
    public static TheoryData<string, string, string> Cases()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var method in CchcServices.Methods.Where(m => AccessExpectations.ByMethod.TryGetValue(m.FullName, out var who) && who != "anonymous"))
        {
            foreach (var caller in AccessExpectations.Callers)
            {
                foreach (var (target, _) in AccessExpectations.Targets)
                {
                    data.Add(method.FullName, caller, target);
                }
            }
        }
        return data;
    }

    public static TheoryData<string> Methods()
    {
        var data = new TheoryData<string>();
        foreach (var method in CchcServices.Methods)
        {
            data.Add(method.FullName);
        }
        return data;
    }

    [Fact]
    public void Every_method_of_every_service_has_an_expectation()
    {
        var missing = CchcServices.Methods.Select(m => m.FullName).Where(m => !AccessExpectations.ByMethod.ContainsKey(m)).ToList();
        Assert.True(missing.Count == 0, "Say who may call these in Reliability/Security/AccessExpectations.cs: " + string.Join(", ", missing));
        Assert.Empty(AccessExpectations.ByMethod.Keys.Except(CchcServices.Methods.Select(m => m.FullName)));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Each_role_may_do_exactly_what_the_table_says_on_each_unit(string method, string caller, string target)
    {
        var descriptor = CchcServices.Methods.Single(m => m.FullName == method);
        var unit = AccessExpectations.Targets.Single(t => t.Name == target).Code;
        var token = method == "cchc.v1.Auth.Logout" ? await server.FreshTokenAsync(caller) : server.TokenOf(caller);
        var (status, denied) = await CallAsync(descriptor, unit, token);

        var expected = AccessExpectations.Expected(method, caller, target);
        var holds = expected switch
        {
            'Y' => !denied,
            'N' => denied,
            _ => denied || status.StatusCode == StatusCode.NotFound,
        };
        Assert.True(holds, $"{caller} {method} on {target} unit {unit}: expected {expected switch { 'Y' => "allowed", 'N' => "PERMISSION_DENIED", _ => "PERMISSION_DENIED or NOT_FOUND" }}, got {status.StatusCode} {status.Detail}");
        Assert.NotEqual(StatusCode.Unauthenticated, status.StatusCode);
        Assert.DoesNotContain(status.StatusCode, new[] { StatusCode.Internal, StatusCode.Unknown });
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public async Task Anonymous_expired_and_revoked_callers_are_UNAUTHENTICATED_everywhere_but_Login(string method)
    {
        var descriptor = CchcServices.Methods.Single(m => m.FullName == method);
        var expired = await server.FreshTokenAsync("rv.gianghia", TimeSpan.FromMilliseconds(1));
        var revoked = await server.FreshTokenAsync("op.gianghia");
        await server.Channel.UnaryCall(Rpc.Logout, new LogoutRequest(), CallHelpers.Bearer(revoked));
        await Task.Delay(5);

        foreach (var (kind, token, reason) in new[] { ("anonymous", (string?)null, "TOKEN_MISSING"), ("expired", expired, "TOKEN_EXPIRED"), ("revoked", revoked, "TOKEN_REVOKED") })
        {
            var (status, _) = await CallAsync(descriptor, "67.660", token);
            if (method == "cchc.v1.Auth.Login")
            {
                // Signing in needs no token, whatever token comes with it: without a name and password it is refused as such.
                Assert.Equal(StatusCode.InvalidArgument, status.StatusCode);
                continue;
            }
            Assert.True(status.StatusCode == StatusCode.Unauthenticated, $"{kind} {method}: {status.StatusCode} {status.Detail}");
            Assert.Contains(reason switch { "TOKEN_MISSING" => "Sign in first", "TOKEN_EXPIRED" => "expired", _ => "revoked" }, status.Detail, StringComparison.Ordinal);
        }
    }

    private async Task<(Status Status, bool Denied)> CallAsync(Google.Protobuf.Reflection.MethodDescriptor method, string unit, string? token)
    {
        var request = TargetedRequests.For(method.InputType, unit);
        var headers = new Metadata { { "accept-language", "en" } };
        if (token is not null)
        {
            headers.Add("authorization", "Bearer " + token);
        }
        if (method.FullName != "cchc.v1.Imports.ImportValues")
        {
            var status = await RawCall.RunAsync(server.Channel, method, [request.ToByteArray()], headers, TimeSpan.FromSeconds(20));
            return (status, status.StatusCode == StatusCode.PermissionDenied);
        }
        // An import refuses a batch for a unit the caller may not edit and goes on with the next.
        try
        {
            using var call = server.Channel.ClientStreamingCall(Rpc.ImportValues, new CallOptions(headers));
            try
            {
                await call.RequestStream.WriteAsync((ImportBatch)request);
                await call.RequestStream.CompleteAsync();
            }
            catch (Exception e) when (e is RpcException or IOException or InvalidOperationException or OperationCanceledException)
            {
                // A refused token is answered at once, maybe while the batch is still going up: the
                // write then fails in one of several ways (an unwrapped HTTP/2 error under load, one
                // full-suite run); the call's status below is the server's answer either way.
            }
            var result = await call.ResponseAsync;
            var batch = Assert.Single(result.Batches);
            return (Status.DefaultSuccess, batch.Outcome == BatchResult.Types.Outcome.Rejected && batch.Message.Contains(" may not edit reports of ", StringComparison.Ordinal));
        }
        catch (RpcException ex)
        {
            return (ex.Status, ex.StatusCode == StatusCode.PermissionDenied);
        }
    }
}
