using Cchc.V1;
using CchcGrpc.Tests.EndToEnd;
using Google.Rpc;
using Grpc.Core;

namespace CchcGrpc.Tests.Wire;

/// <summary>A bug inside the server is INTERNAL with a correlation id; its text stays in the log.</summary>
public sealed class UnexpectedFailureTests(BrokenServer server) : IClassFixture<BrokenServer>
{
    [Fact]
    public async Task An_unexpected_exception_is_INTERNAL_with_a_correlation_id_logged_and_nothing_leaked()
    {
        var error = await Assert.ThrowsAsync<RpcException>(() => server.CallAsync("admin", Rpc.RollUp, new RollUpRequest { UnitCode = "67", PeriodId = "2023" }));
        Assert.Equal((StatusCode.Internal, "INTERNAL"), (error.StatusCode, error.Reason()));
        var id = error.Detail<RequestInfo>()!.RequestId;
        Assert.Matches("^[0-9a-f]{12}$", id);
        Assert.Equal(id, error.Detail<ErrorInfo>()!.Metadata["correlation_id"]);
        Assert.Contains(id, error.Detail<LocalizedMessage>()!.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("analytics_secret", error.Status.Detail + error.Detail<LocalizedMessage>()!.Message + error.Trailers.ToString(), StringComparison.Ordinal);

        var logged = Assert.Single(server.Logs.Lines, l => l.Level == LogLevel.Error && l.Message.Contains(id, StringComparison.Ordinal));
        Assert.Contains("/cchc.v1.Analytics/RollUp", logged.Message, StringComparison.Ordinal);
        Assert.Equal(BrokenAnalyticsStore.Secret, logged.Exception!.Message);
    }

    [Fact]
    public async Task Each_call_is_logged_once_at_Information_with_method_status_and_duration_and_no_token()
    {
        await server.CallAsync("admin", Rpc.WhoAmI, new WhoAmIRequest());
        await Assert.ThrowsAsync<RpcException>(() => server.CallAsync(null, Rpc.WhoAmI, new WhoAmIRequest()));
        var calls = server.Logs.Lines.Where(l => l.Category.EndsWith(".CallLog", StringComparison.Ordinal) && l.Message.StartsWith("/cchc.v1.Auth/WhoAmI", StringComparison.Ordinal)).ToList();
        Assert.All(calls, l => Assert.Equal(LogLevel.Information, l.Level));
        Assert.Contains(calls, l => l.Message.StartsWith("/cchc.v1.Auth/WhoAmI OK ", StringComparison.Ordinal) && l.Message.EndsWith(" ms", StringComparison.Ordinal));
        Assert.Contains(calls, l => l.Message.StartsWith("/cchc.v1.Auth/WhoAmI Unauthenticated ", StringComparison.Ordinal));
        Assert.DoesNotContain(server.TokenOf("admin"), server.Logs.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(ReportingServer.Password, server.Logs.Text, StringComparison.Ordinal);
    }
}
