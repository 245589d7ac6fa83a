using Cchc.V1;
using CchcGrpc.Client.Connection;
using CchcGrpc.Client.Tui.Offline;
using CchcGrpc.Tests.EndToEnd;

namespace CchcGrpc.Tests.Tui.Offline;

/// <summary>
/// Edits to a report go to a local draft first; only changed values are sent with the base revision; a
/// dropped link keeps them on disk until reconnect; a newer revision comes back value by value.
/// Operator op.dakmil on huyện Đắk Mil (67.661), over the real wire.
/// </summary>
public sealed class DraftSyncTests(ReportingServer server) : IClassFixture<ReportingServer>
{
    const string Operator = "op.dakmil";

    [Fact]
    public async Task An_edit_made_while_the_link_is_down_waits_on_disk_survives_a_restart_and_is_sent_on_reconnect()
    {
        const string name = "reports/67.661/2023-Q1";
        using var folder = new OfflineFolder();
        Report shown = await ReportAsync(name, ("I.1", "3"));

        using (var offline = new ServerSession(DeadServer.Address, server.TokenOf(Operator)))
        {
            var sync = new DraftSync(offline.Reports, new DraftStore(folder.Path), TimeProvider.System);
            DraftOutcome outcome = await sync.EditAsync(ReportDraft.On(name, shown.Revision, DateTimeOffset.UtcNow), "I.1", new DraftValue("5", "số liệu quý I"), new DraftValue("3", ""), CancellationToken.None);
            Assert.Equal(DraftOutcomeKind.Pending, outcome.Kind);
        }

        // The client is started again: the draft is read back from disk.
        var store = new DraftStore(folder.Path);
        ReportDraft waiting = Assert.Single(store.All());
        Assert.Equal((shown.Revision, new DraftValue("5", "số liệu quý I")), (waiting.BaseRevision, waiting.Edits["I.1"]));

        using var online = new ServerSession(server.App.Address.ToString(), server.TokenOf(Operator));
        var (_, sent) = Assert.Single(await new DraftSync(online.Reports, store, TimeProvider.System).ResendAllAsync(CancellationToken.None));

        Assert.Equal(DraftOutcomeKind.Saved, sent.Kind);
        Assert.Empty(store.All());
        Report stored = await server.CallAsync(Operator, Rpc.GetReport, new GetReportRequest { Name = name });
        IndicatorValue value = stored.Values.Single(v => v.IndicatorId == "I.1");
        Assert.Equal(("5", "số liệu quý I", shown.Revision + 1), (value.RawText, value.Note, stored.Revision));
    }

    [Fact]
    public async Task Only_the_changed_values_are_sent_with_the_base_revision()
    {
        const string name = "reports/67.661/2023-Q2";
        using var folder = new OfflineFolder();
        Report shown = await ReportAsync(name, ("I.1", "3"), ("II.1.1", "12"), ("III.3.1.1", "40"));
        using var session = new ServerSession(server.App.Address.ToString(), server.TokenOf(Operator));
        var sync = new DraftSync(session.Reports, new DraftStore(folder.Path), TimeProvider.System);

        ReportDraft draft = ReportDraft.On(name, shown.Revision, DateTimeOffset.UtcNow)
            .WithEdit("I.1", new DraftValue("4", ""), new DraftValue("3", ""), DateTimeOffset.UtcNow)
            .WithEdit("II.1.1", new DraftValue("13", ""), new DraftValue("12", ""), DateTimeOffset.UtcNow)
            // Typed back to what it was: no longer a change.
            .WithEdit("II.1.1", new DraftValue("12", ""), new DraftValue("12", ""), DateTimeOffset.UtcNow);
        Assert.Equal(["I.1"], draft.ChangedValues().Select(v => v.IndicatorId));

        DraftOutcome outcome = await sync.SendAsync(draft, CancellationToken.None);

        Assert.Equal(DraftOutcomeKind.Saved, outcome.Kind);
        GetReportHistoryResponse history = await server.CallAsync(Operator, Rpc.History, new GetReportHistoryRequest { Name = name });
        ReportEvent change = Assert.Single(history.Events, e => e.Revision == shown.Revision + 1);
        Assert.Equal(("I.1", "3", "4"), (change.ValueChange.IndicatorId, change.ValueChange.OldRawText, change.ValueChange.NewRawText));
    }

    [Fact]
    public async Task A_newer_revision_merges_the_values_only_I_changed_and_returns_the_value_we_both_changed_as_mine_theirs_base()
    {
        const string name = "reports/67.661/2023-Q3";
        using var folder = new OfflineFolder();
        Report shown = await ReportAsync(name, ("I.1", "3"), ("II.1.1", "12"));
        using var session = new ServerSession(server.App.Address.ToString(), server.TokenOf(Operator));
        var store = new DraftStore(folder.Path);
        var sync = new DraftSync(session.Reports, store, TimeProvider.System);
        ReportDraft mine = ReportDraft.On(name, shown.Revision, DateTimeOffset.UtcNow)
            .WithEdit("I.1", new DraftValue("5", ""), new DraftValue("3", ""), DateTimeOffset.UtcNow)
            .WithEdit("III.3.1.1", new DraftValue("41", ""), DraftValue.Empty, DateTimeOffset.UtcNow);
        store.Save(mine);

        // A colleague saves first, from another machine: I.1 and II.1.1.
        await server.CallAsync(Operator, Rpc.UpdateValues, new UpdateReportValuesRequest
        {
            Name = name, BaseRevision = shown.Revision,
            Values = { new ValueInput { IndicatorId = "I.1", RawText = "4" }, new ValueInput { IndicatorId = "II.1.1", RawText = "15" } },
        });

        DraftOutcome outcome = await sync.SendAsync(mine, CancellationToken.None);

        Assert.Equal(DraftOutcomeKind.Conflicted, outcome.Kind);
        DraftConflict conflict = outcome.Conflict!;
        Assert.Equal(new ValueConflict("I.1", new DraftValue("3", ""), new DraftValue("5", ""), new DraftValue("4", "")), Assert.Single(conflict.Values));
        Assert.Equal(["III.3.1.1"], conflict.MergedByThemselves);
        Assert.NotNull(store.Load(name));

        DraftOutcome resolved = await sync.ResolveAsync(conflict, new Dictionary<string, ConflictChoice> { ["I.1"] = ConflictChoice.Mine }, CancellationToken.None);

        Assert.Equal(DraftOutcomeKind.Saved, resolved.Kind);
        Assert.Null(store.Load(name));
        Report stored = await server.CallAsync(Operator, Rpc.GetReport, new GetReportRequest { Name = name });
        Dictionary<string, string> values = stored.Values.ToDictionary(v => v.IndicatorId, v => v.RawText);
        Assert.Equal(("5", "15", "41"), (values["I.1"], values["II.1.1"], values["III.3.1.1"]));
        Assert.Equal(shown.Revision + 2, stored.Revision);
    }

    [Fact]
    public async Task A_newer_revision_that_touched_none_of_my_values_is_merged_without_asking()
    {
        const string name = "reports/67.661/2023-Q4";
        using var folder = new OfflineFolder();
        Report shown = await ReportAsync(name, ("I.1", "3"));
        using var session = new ServerSession(server.App.Address.ToString(), server.TokenOf(Operator));
        var sync = new DraftSync(session.Reports, new DraftStore(folder.Path), TimeProvider.System);
        await server.CallAsync(Operator, Rpc.UpdateValues, new UpdateReportValuesRequest
        {
            Name = name, BaseRevision = shown.Revision, Values = { new ValueInput { IndicatorId = "II.1.1", RawText = "9" } },
        });

        DraftOutcome outcome = await sync.EditAsync(ReportDraft.On(name, shown.Revision, DateTimeOffset.UtcNow), "I.1", new DraftValue("6", ""), new DraftValue("3", ""), CancellationToken.None);

        Assert.Equal(DraftOutcomeKind.Saved, outcome.Kind);
        Dictionary<string, string> values = outcome.Stored!.Report.Values.ToDictionary(v => v.IndicatorId, v => v.RawText);
        Assert.Equal(("6", "9"), (values["I.1"], values["II.1.1"]));
    }

    // The report as the entry screen shows it, with some values already stored.
    async Task<Report> ReportAsync(string name, params (string Id, string Raw)[] values)
    {
        long revision = 0;
        try
        {
            revision = (await server.CallAsync(Operator, Rpc.GetReport, new GetReportRequest { Name = name })).Revision;
        }
        catch (Grpc.Core.RpcException e) when (e.StatusCode == Grpc.Core.StatusCode.NotFound)
        {
        }
        var request = new UpdateReportValuesRequest { Name = name, BaseRevision = revision };
        request.Values.AddRange(values.Select(v => new ValueInput { IndicatorId = v.Id, RawText = v.Raw }));
        return (await server.CallAsync(Operator, Rpc.UpdateValues, request)).Report;
    }
}
