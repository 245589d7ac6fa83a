using Cchc.V1;
using CchcGrpc.Client.Connection;
using Grpc.Core;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace CchcGrpc.Tests.Connection;

/// <summary>
/// The client's channel: every call carries the token, the language and a deadline; a read is
/// retried while the server is UNAVAILABLE, a write never is (an import is resent by its keys instead).
/// </summary>
public sealed class ServerSessionTests : IAsyncLifetime
{
    private readonly FlakyReports _reports = new(failures: 2);
    private WebApplication? _host;

    private string Address => _host!.Urls.First();

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.ConfigureKestrel(k => k.ConfigureEndpointDefaults(l => l.Protocols = HttpProtocols.Http2));
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Services.AddGrpc();
        builder.Services.AddSingleton(_reports);
        _host = builder.Build();
        _host.MapGrpcService<FlakyReports>();
        await _host.StartAsync();
    }

    public async Task DisposeAsync() => await _host!.DisposeAsync();

    [Fact]
    public async Task A_read_is_retried_through_two_UNAVAILABLE_answers_and_succeeds()
    {
        using var session = new ServerSession(Address, "cchc_token_1", english: true);
        var report = await session.Reports.GetReportAsync(new GetReportRequest { Name = "reports/67/2023" });
        Assert.Equal(("reports/67/2023", 7L), (report.Name, report.Revision));
        Assert.Equal(3, _reports.Attempts("/cchc.v1.Reports/GetReport"));
    }

    [Fact]
    public async Task A_write_is_not_retried()
    {
        using var session = new ServerSession(Address, "cchc_token_1");
        var error = await Assert.ThrowsAsync<RpcException>(() => session.Reports.UpdateReportValuesAsync(new UpdateReportValuesRequest { Name = "reports/67/2023" }).ResponseAsync);
        Assert.Equal(StatusCode.Unavailable, error.StatusCode);
        Assert.Equal(1, _reports.Attempts("/cchc.v1.Reports/UpdateReportValues"));
    }

    [Fact]
    public async Task Every_call_carries_the_bearer_token_the_language_and_a_deadline()
    {
        using (var session = new ServerSession(Address, "cchc_token_2", english: true))
        {
            await session.Reports.GetReportAsync(new GetReportRequest { Name = "reports/67/2024" });
        }
        using (var vietnamese = new ServerSession(Address, token: null))
        {
            await Assert.ThrowsAsync<RpcException>(() => vietnamese.Reports.UpdateReportValuesAsync(new UpdateReportValuesRequest()).ResponseAsync);
        }
        var calls = _reports.Calls.ToList();
        var read = calls.First(c => c.Method.EndsWith("GetReport", StringComparison.Ordinal));
        Assert.Equal(("Bearer cchc_token_2", "en"), (read.Headers.GetValue("authorization"), read.Headers.GetValue("accept-language")));
        Assert.InRange(read.Deadline - DateTime.UtcNow, TimeSpan.FromSeconds(20), ServerSession.UnaryTimeout);
        var write = calls.Last(c => c.Method.EndsWith("UpdateReportValues", StringComparison.Ordinal));
        Assert.Equal((null, "vi"), (write.Headers.GetValue("authorization"), write.Headers.GetValue("accept-language")));
        Assert.NotEqual(DateTime.MaxValue, write.Deadline);
    }
}
