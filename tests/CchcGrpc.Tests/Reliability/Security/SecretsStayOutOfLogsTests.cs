using Cchc.V1;
using CchcGrpc.Tests.EndToEnd;
using Dapper;
using Grpc.Core;
using Microsoft.Data.Sqlite;

namespace CchcGrpc.Tests.Reliability.Security;

/// <summary>
/// No token, password or password hash ever appears in a log line or in an error a caller gets:
/// after sign-ins that succeed and fail, calls with good, forged, expired and revoked tokens, bad
/// arguments and refusals, every captured log line (exceptions in full) and every error (status
/// message, details and trailers) is searched for each secret the run used or the database holds.
/// </summary>
public sealed class SecretsStayOutOfLogsTests(ObservedServer server) : IClassFixture<ObservedServer>
{
    [Fact]
    public async Task No_secret_is_in_any_log_line_or_error()
    {
        var errors = new List<string>();
        async Task Try(Func<Task> call)
        {
            try
            {
                await call();
            }
            catch (RpcException ex)
            {
                errors.Add($"{ex.Status.Detail} {ex.Trailers} {string.Join(' ', ex.Trailers.Where(t => t.IsBinary).Select(t => Convert.ToBase64String(t.ValueBytes)))} {ex.GetRpcStatus()}");
            }
        }

        var wrongPasswords = new[] { "mat-khau-sai-bi-mat-1", "mat-khau-sai-bi-mat-2", ReportingServer.Password + "x" };
        foreach (var wrong in wrongPasswords)
        {
            await Try(() => server.Channel.UnaryCall(Rpc.Login, new LoginRequest { UserName = "rv.daknong", Password = wrong }).ResponseAsync);
            await Try(() => server.Channel.UnaryCall(Rpc.Login, new LoginRequest { UserName = wrong, Password = wrong }).ResponseAsync);
        }
        var signedIn = await server.Channel.UnaryCall(Rpc.Login, new LoginRequest { UserName = "op.gianghia", Password = ReportingServer.Password });
        var expired = await server.FreshTokenAsync("rv.gianghia", TimeSpan.FromMilliseconds(1));
        var revoked = await server.FreshTokenAsync("op.dakmil");
        await server.Channel.UnaryCall(Rpc.Logout, new LogoutRequest(), CallHelpers.Bearer(revoked));
        const string forged = "cchc_forged_0123456789abcdef0123456789abcdef";
        foreach (var token in new[] { signedIn.Token, expired, revoked, forged, "Bearer " + signedIn.Token, signedIn.Token + " " })
        {
            var options = CallHelpers.Bearer(token, "en");
            await Try(() => server.Channel.UnaryCall(Rpc.WhoAmI, new WhoAmIRequest(), options).ResponseAsync);
            await Try(() => server.Channel.UnaryCall(Rpc.GetReport, new GetReportRequest { Name = "reports/60/2024" }, options).ResponseAsync);
            await Try(() => server.Channel.UnaryCall(Rpc.UpdateValues, new UpdateReportValuesRequest { Name = "reports/67.660/2024", BaseRevision = 1, Values = { new ValueInput { IndicatorId = "I.1", RawText = "1.909" } } }, options).ResponseAsync);
            await Try(() => server.Channel.UnaryCall(Rpc.GetUnit, new GetUnitRequest { Code = "99.999" }, options).ResponseAsync);
        }

        string[] hashes;
        using (var connection = new SqliteConnection($"Data Source={server.DatabasePath};Mode=ReadOnly;Pooling=False"))
        {
            hashes = [.. connection.Query<string>("SELECT password_hash FROM users WHERE password_hash IS NOT NULL"), .. connection.Query<string>("SELECT token_hash FROM tokens")];
        }
        var secrets = ReportingServer.Accounts.Select(a => server.TokenOf(a.Name))
            .Concat([signedIn.Token, expired, revoked, forged, ReportingServer.Password, .. wrongPasswords])
            .Concat(hashes)
            .ToList();
        var logs = server.Logs.Text;

        Assert.NotEmpty(errors);
        Assert.True(hashes.Length >= 8, $"{hashes.Length} hashes");
        Assert.Contains("/cchc.v1.Auth/Login Unauthenticated", logs, StringComparison.Ordinal); // the calls were logged
        foreach (var secret in secrets)
        {
            Assert.False(logs.Contains(secret, StringComparison.Ordinal), $"a log line holds the secret {secret[..6]}…");
            Assert.DoesNotContain(errors, e => e.Contains(secret, StringComparison.Ordinal));
        }
        Assert.DoesNotContain("authorization", logs, StringComparison.OrdinalIgnoreCase);
    }
}
