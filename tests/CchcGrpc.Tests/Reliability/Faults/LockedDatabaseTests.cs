using System.Diagnostics;
using Cchc.V1;
using CchcGrpc.Tests.EndToEnd;
using Google.Rpc;
using Grpc.Core;
using Xunit.Abstractions;

namespace CchcGrpc.Tests.Reliability.Faults;

/// <summary>
/// The database file write-locked by another program (<see cref="WriteLockHolder"/>: a maintenance
/// script holding BEGIN IMMEDIATE): a write waits for the lock only as long as the caller's deadline
/// leaves time to answer (10 s at most), then ends UNAVAILABLE with reason DATABASE_BUSY and a
/// RetryInfo, having written nothing; if the lock goes meanwhile, the write goes through. Reads go
/// on (write-ahead log). Holds for value saves, status changes, imports and the other writes
/// (units here; plans and index results go through the same Database.BeginWrite).
/// </summary>
public sealed class LockedDatabaseTests(ObservedServer server, ITestOutputHelper output) : IClassFixture<ObservedServer>
{
    private const string Draft = "reports/67.660/2019";

    private static readonly string Indicator = CchcGrpc.Server.Domain.Catalog.CatalogLoader.Current.Indicators
        .First(i => i.AppliesTo(CchcGrpc.Server.Domain.Units.UnitLevel.District) && i.Type == CchcGrpc.Server.Domain.Catalog.IndicatorType.Count && i.Formula is null).Id;

    [Fact]
    public async Task Within_a_2_s_deadline_a_locked_write_is_UNAVAILABLE_with_a_retry_hint_before_the_deadline_and_writes_nothing()
    {
        var draft = await DraftAsync();
        var submitted = (await server.CallAsync("rv.daknong", Rpc.ListReports, new ListReportsRequest { UnitCode = "67.660", Statuses = { ReportStatus.Submitted }, PageSize = 1 })).Reports.Single();
        using var holder = await WriteLockHolder.LockAsync(server.DatabasePath);
        var version = server.DataVersion();

        var writes = new (string What, Func<CallOptions, Task> Call)[]
        {
            ("UpdateReportValues", o => server.Channel.UnaryCall(Rpc.UpdateValues, Edit(draft, "7"), o).ResponseAsync),
            ("ReturnReport", o => server.Channel.UnaryCall(Rpc.Return, new ChangeReportStatusRequest { Name = submitted.Name, BaseRevision = submitted.Revision, Comment = "Bổ sung số liệu" }, o).ResponseAsync),
            ("ImportValues", o => ImportAsync("locked-2018", "2018", o)),
            ("CreateUnit", o => server.Channel.UnaryCall(Rpc.CreateUnit, new CreateUnitRequest { Unit = new Unit { Code = "67.660.88888", Name = "Xã Khóa Thử", Level = UnitLevel.Commune, ParentCode = "67.660", ValidFrom = "2024-01-01" } }, o).ResponseAsync),
        };
        foreach (var (what, call) in writes)
        {
            var user = what switch { "ReturnReport" => "rv.daknong", "CreateUnit" => "admin", _ => "op.gianghia" };
            var clock = Stopwatch.StartNew();
            var error = await Assert.ThrowsAsync<RpcException>(() => call(server.As(user).WithDeadline(DateTime.UtcNow.AddSeconds(2))));
            output.WriteLine($"{what}, 2 s deadline, locked: {error.StatusCode} {error.Reason()} after {clock.Elapsed.TotalSeconds:0.00} s; retry in {error.Detail<RetryInfo>()?.RetryDelay}");
            // Before the fix it waited the full 10 s and the caller saw DEADLINE_EXCEEDED, with no hint.
            Assert.Equal((StatusCode.Unavailable, "DATABASE_BUSY"), (error.StatusCode, error.Reason()));
            Assert.NotNull(error.Detail<RetryInfo>());
            Assert.NotNull(error.Detail<LocalizedMessage>());
            // It did wait for the lock rather than give up at once.
            Assert.True(clock.Elapsed >= TimeSpan.FromSeconds(1), $"{what} answered after {clock.Elapsed.TotalMilliseconds:0} ms");
        }
        // Reads are not blocked by a writer; nothing was written.
        Assert.Equal(draft.Revision, (await server.CallAsync("op.gianghia", Rpc.GetReport, new GetReportRequest { Name = Draft })).Revision);
        Assert.Equal(version, server.DataVersion());
        await holder.ReleaseAsync();

        Assert.Equal(draft.Revision + 1, (await server.CallAsync("op.gianghia", Rpc.UpdateValues, Edit(draft, "7"))).Report.Revision);
    }

    [Fact]
    public async Task With_the_client_s_30_s_deadline_a_locked_write_waits_10_s_then_is_UNAVAILABLE()
    {
        var draft = await DraftAsync();
        using var holder = await WriteLockHolder.LockAsync(server.DatabasePath);
        var clock = Stopwatch.StartNew();
        var error = await Assert.ThrowsAsync<RpcException>(() => server.Channel.UnaryCall(Rpc.UpdateValues, Edit(draft, "8"),
            server.As("op.gianghia").WithDeadline(DateTime.UtcNow.AddSeconds(30))).ResponseAsync); // the cchc client's deadline
        output.WriteLine($"30 s deadline, locked: {error.StatusCode} {error.Reason()} after {clock.Elapsed.TotalSeconds:0.0} s");
        Assert.Equal((StatusCode.Unavailable, "DATABASE_BUSY"), (error.StatusCode, error.Reason()));
        Assert.NotNull(error.Detail<RetryInfo>());
        // The 10 s cap, not the deadline: it waited 30.7 s, past the deadline, before an earlier fix.
        Assert.True(clock.Elapsed >= TimeSpan.FromSeconds(9), $"answered after {clock.Elapsed.TotalSeconds:0.0} s");
        await holder.ReleaseAsync();
    }

    [Fact]
    public async Task A_write_with_time_left_gets_the_lock_when_the_other_program_lets_go()
    {
        var draft = await DraftAsync();
        using var holder = await WriteLockHolder.LockAsync(server.DatabasePath);
        var clock = Stopwatch.StartNew();
        var saving = server.Channel.UnaryCall(Rpc.UpdateValues, Edit(draft, "9"), server.As("op.gianghia").WithDeadline(DateTime.UtcNow.AddSeconds(10))).ResponseAsync;
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        Assert.False(saving.IsCompleted);
        await holder.ReleaseAsync();
        var saved = await saving;
        output.WriteLine($"saved after {clock.Elapsed.TotalSeconds:0.00} s, the lock released at 1.5 s");
        Assert.Equal(draft.Revision + 1, saved.Report.Revision);
    }

    private static UpdateReportValuesRequest Edit(Report draft, string raw) =>
        new() { Name = Draft, BaseRevision = draft.Revision, Values = { new ValueInput { IndicatorId = Indicator, RawText = raw } } };

    /// <summary>A draft of Gia Nghĩa's own, begun as an import (the demo reports of 2023 and 2024 are under review).</summary>
    private async Task<Report> DraftAsync()
    {
        try
        {
            return await server.CallAsync("op.gianghia", Rpc.GetReport, new GetReportRequest { Name = Draft });
        }
        catch (RpcException e) when (e.StatusCode == StatusCode.NotFound)
        {
            await ImportAsync("locked-2019", "2019", server.As("op.gianghia"));
            return await server.CallAsync("op.gianghia", Rpc.GetReport, new GetReportRequest { Name = Draft });
        }
    }

    private async Task ImportAsync(string key, string period, CallOptions options)
    {
        using var import = server.Channel.ClientStreamingCall(Rpc.ImportValues, options);
        await import.RequestStream.WriteAsync(new ImportBatch { IdempotencyKey = key, UnitCode = "67.660", PeriodId = period, Variant = "id", Rows = { new ImportRow { SourceLine = 1, Indicator = Indicator, RawValue = "1" } } });
        await import.RequestStream.CompleteAsync();
        var created = (await import.ResponseAsync).Batches.Single();
        Assert.True(created.Outcome == BatchResult.Types.Outcome.Applied, created.Message);
    }
}
