using Cchc.V1;
using Grpc.Core;

namespace CchcGrpc.Tests.EndToEnd;

/// <summary>Login, identity and logout over the real wire.</summary>
public sealed class SignInOverTheWireTests(ReportingServer server) : IClassFixture<ReportingServer>
{
    [Fact]
    public async Task Login_returns_a_token_that_identifies_the_user_until_logout_revokes_it()
    {
        var login = await server.CallAsync(null, Rpc.Login, new LoginRequest { UserName = "op.dakmil", Password = ReportingServer.Password });
        Assert.Equal(("op.dakmil", Role.Operator, "67.661"), (login.Principal.UserName, login.Principal.Role, login.Principal.UnitCode));
        var options = CallHelpers.Bearer(login.Token);
        var me = await server.Channel.UnaryCall(Rpc.WhoAmI, new WhoAmIRequest(), options);
        Assert.Equal("op.dakmil", me.UserName);

        await server.Channel.UnaryCall(Rpc.Logout, new LogoutRequest(), options);
        var error = await Assert.ThrowsAsync<RpcException>(() => server.Channel.UnaryCall(Rpc.WhoAmI, new WhoAmIRequest(), options).ResponseAsync);
        Assert.Equal(StatusCode.Unauthenticated, error.StatusCode);
        Assert.Contains("revoked", error.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_password_is_UNAUTHENTICATED_and_repeated_guessing_is_RESOURCE_EXHAUSTED()
    {
        for (var i = 0; i < 5; i++)
        {
            var wrong = await Assert.ThrowsAsync<RpcException>(() => server.CallAsync(null, Rpc.Login, new LoginRequest { UserName = "rv.gianghia", Password = "doan-sai-" + i }));
            Assert.Equal(StatusCode.Unauthenticated, wrong.StatusCode);
        }
        var locked = await Assert.ThrowsAsync<RpcException>(() => server.CallAsync(null, Rpc.Login, new LoginRequest { UserName = "rv.gianghia", Password = ReportingServer.Password }));
        Assert.Equal(StatusCode.ResourceExhausted, locked.StatusCode);
    }

    [Fact]
    public async Task A_login_without_a_password_names_the_missing_field()
    {
        var error = await Assert.ThrowsAsync<RpcException>(() => server.CallAsync(null, Rpc.Login, new LoginRequest { UserName = "admin" }));
        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal("password", Assert.Single(error.Detail<Google.Rpc.BadRequest>()!.FieldViolations).Field);
    }
}
