using Cchc.V1;
using CchcGrpc.Server.Auth;
using CchcGrpc.Tests.EndToEnd;
using Grpc.Core;

namespace CchcGrpc.Tests.Reliability.Security;

/// <summary>
/// Signing in and tokens under concurrent attempts over the real wire: forty guesses sent at once
/// get at most five evaluated (the rest LOGIN_THROTTLED with a retry delay, and then the right
/// password too), and a token that expires or is revoked while calls are hammering it admits no
/// call that starts after that moment.
/// </summary>
public sealed class ConcurrentSignInTests(ObservedServer server) : IClassFixture<ObservedServer>
{
    [Fact]
    public async Task Forty_guesses_at_once_get_at_most_five_evaluated_and_then_the_name_is_locked()
    {
        var guesses = await Task.WhenAll(Enumerable.Range(0, 40).Select(i => Task.Run(() => OutcomeAsync(new LoginRequest { UserName = "op.dakmil", Password = $"doan-mo-{i:00}" }))));

        var evaluated = guesses.Count(g => g.Reason == "LOGIN_FAILED");
        var throttled = guesses.Count(g => g.Reason == "LOGIN_THROTTLED");
        Assert.InRange(evaluated, 1, LoginThrottle.MaxFailures);
        Assert.Equal(40, evaluated + throttled);
        Assert.All(guesses.Where(g => g.Reason == "LOGIN_THROTTLED"), g => Assert.Equal(StatusCode.ResourceExhausted, g.Code));

        // Once five have failed, the right password waits too (the lock is on the name, not on wrong guesses).
        for (var i = evaluated; i < LoginThrottle.MaxFailures; i++)
        {
            await OutcomeAsync(new LoginRequest { UserName = "op.dakmil", Password = "mot-lan-nua-sai" });
        }
        var right = await OutcomeAsync(new LoginRequest { UserName = "op.dakmil", Password = ReportingServer.Password });
        Assert.Equal((StatusCode.ResourceExhausted, "LOGIN_THROTTLED"), (right.Code, right.Reason));
        // Other names are not affected.
        Assert.Equal(StatusCode.OK, (await OutcomeAsync(new LoginRequest { UserName = "op.gianghia", Password = ReportingServer.Password })).Code);
    }

    [Fact]
    public async Task No_call_that_starts_after_a_token_expires_is_admitted_while_many_are_in_flight()
    {
        var lifetime = TimeSpan.FromSeconds(2);
        var token = await server.FreshTokenAsync("rv.gianghia", lifetime);
        var expiresAt = DateTimeOffset.UtcNow + lifetime;
        using var stop = new CancellationTokenSource(expiresAt + TimeSpan.FromSeconds(1) - DateTimeOffset.UtcNow);
        var calls = await HammerAsync(token, stop.Token);

        // The server's clock and the test's may disagree by the issue call's duration: allow 200 ms.
        Assert.DoesNotContain(calls, c => c.Started > expiresAt + TimeSpan.FromMilliseconds(200) && c.Code == StatusCode.OK);
        Assert.Contains(calls, c => c.Code == StatusCode.OK);
        Assert.Contains(calls, c => c.Code == StatusCode.Unauthenticated);
        Assert.All(calls, c => Assert.True(c.Code is StatusCode.OK or StatusCode.Unauthenticated, c.Code.ToString()));
    }

    [Fact]
    public async Task No_call_that_starts_after_Logout_returns_is_admitted_while_many_are_in_flight()
    {
        var token = await server.FreshTokenAsync("op.gianghia");
        // The hammering stops a second after Logout has returned, however long Logout took on a loaded
        // machine (a fixed end once ended before Logout returned in CI, leaving no call to refuse).
        using var stop = new CancellationTokenSource();
        var hammering = HammerAsync(token, stop.Token);
        await Task.Delay(700);
        await server.Channel.UnaryCall(Rpc.Logout, new LogoutRequest(), CallHelpers.Bearer(token));
        var revokedAt = DateTimeOffset.UtcNow;
        stop.CancelAfter(TimeSpan.FromSeconds(1));
        var calls = await hammering;

        Assert.DoesNotContain(calls, c => c.Started > revokedAt && c.Code == StatusCode.OK);
        Assert.Contains(calls, c => c.Code == StatusCode.OK && c.Started < revokedAt);
        Assert.Contains(calls, c => c.Code == StatusCode.Unauthenticated);
    }

    private async Task<List<(DateTimeOffset Started, StatusCode Code)>> HammerAsync(string token, CancellationToken stop)
    {
        var calls = new System.Collections.Concurrent.ConcurrentBag<(DateTimeOffset, StatusCode)>();
        await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                var started = DateTimeOffset.UtcNow;
                try
                {
                    await server.Channel.UnaryCall(Rpc.GetReport, new GetReportRequest { Name = "reports/67.660/2024" }, CallHelpers.Bearer(token));
                    calls.Add((started, StatusCode.OK));
                }
                catch (RpcException ex)
                {
                    calls.Add((started, ex.StatusCode));
                }
            }
        })));
        return [.. calls];
    }

    private async Task<(StatusCode Code, string Reason)> OutcomeAsync(LoginRequest request)
    {
        try
        {
            await server.Channel.UnaryCall(Rpc.Login, request);
            return (StatusCode.OK, "");
        }
        catch (RpcException ex)
        {
            return (ex.StatusCode, ex.Reason());
        }
    }
}
