using CchcGrpc.Client.Connection;
using CchcGrpc.Client.Tui.Offline;
using CchcGrpc.Tests.EndToEnd;
using Grpc.Core;
using Grpc.Core.Interceptors;

namespace CchcGrpc.Tests.Tui.Offline;

/// <summary>The connection state the footer shows: connected, reconnecting after a failed call, offline after three.</summary>
public sealed class ConnectionStatusTests(ReportingServer server) : IClassFixture<ReportingServer>
{
    [Fact]
    public async Task Calls_through_a_dropped_link_go_reconnecting_then_offline_and_a_probe_that_gets_through_reconnects()
    {
        var status = new ConnectionStatus();
        var seen = new List<ConnectionState>();
        using IDisposable subscription = status.Subscribe(new Recorder(seen));
        using var dead = new ServerSession(DeadServer.Address, server.TokenOf("op.dakmil"));
        var whoAmI = new Cchc.V1.Auth.AuthClient(dead.Invoker.Intercept(new LinkWatch(status)));

        for (int call = 0; call < ConnectionStatus.TriesBeforeOffline; call++)
        {
            await Assert.ThrowsAsync<RpcException>(async () => await whoAmI.WhoAmIAsync(new Cchc.V1.WhoAmIRequest()));
        }
        Assert.Equal(ConnectionState.Offline, status.Current);

        using var live = new ServerSession(server.App.Address.ToString(), server.TokenOf("op.dakmil"));
        var reconnector = new Reconnector(status, async ct => await live.Auth.WhoAmIAsync(new Cchc.V1.WhoAmIRequest(), cancellationToken: ct), TimeProvider.System);
        int reconnected = 0;
        reconnector.Reconnected += (_, _) => reconnected++;

        Assert.True(await reconnector.ProbeOnceAsync(CancellationToken.None));

        Assert.Equal([ConnectionState.Connected, ConnectionState.Reconnecting, ConnectionState.Offline, ConnectionState.Connected], seen);
        Assert.Equal(1, reconnected);
    }

    [Fact]
    public async Task A_refusal_from_the_server_still_means_the_link_works()
    {
        var status = new ConnectionStatus();
        status.LinkFailed();
        using var session = new ServerSession(server.App.Address.ToString(), token: null);
        var reports = new Cchc.V1.Reports.ReportsClient(session.Invoker.Intercept(new LinkWatch(status)));

        RpcException refused = await Assert.ThrowsAsync<RpcException>(async () => await reports.GetReportAsync(new Cchc.V1.GetReportRequest { Name = "reports/67.661/2023" }));

        Assert.Equal(StatusCode.Unauthenticated, refused.StatusCode);
        Assert.Equal(ConnectionState.Connected, status.Current);
    }

    sealed class Recorder(List<ConnectionState> seen) : IObserver<ConnectionState>
    {
        public void OnNext(ConnectionState value) => seen.Add(value);
        public void OnError(Exception error) => throw error;
        public void OnCompleted() { }
    }
}
