using CchcGrpc.Server.Domain.Reports;
using CchcGrpc.Server.Domain.Units;
using CchcGrpc.Server.Store;
using CchcGrpc.Server.Store.Sqlite;

namespace CchcGrpc.Tests.Store;

/// <summary>Reports in a real SQLite file: atomic writes, revisions, audit, idempotent re-writes.</summary>
public sealed class ReportStoreTests : IDisposable
{
    private static readonly DateTimeOffset At = new(2022, 12, 20, 8, 0, 0, TimeSpan.Zero);
    private static readonly ReportKey DakNong2022 = new("67", "2022");
    private readonly TempDatabase _temp = new();
    private readonly SqliteReportStore _reports;

    public ReportStoreTests()
    {
        var units = new SqliteUnitStore(_temp.Database);
        units.ImportAsync(
            [
                new OrgUnit("67", "Tỉnh Đắk Nông", UnitLevel.Province, null, new DateOnly(2004, 1, 1), new DateOnly(2025, 6, 30)),
                new OrgUnit("67.660", "Thành phố Gia Nghĩa", UnitLevel.District, "67", new DateOnly(2004, 1, 1), new DateOnly(2025, 6, 30)),
            ],
            [],
            CancellationToken.None).GetAwaiter().GetResult();
        new SqliteCatalogStore(_temp.Database).RegisterAsync("2022.1", "etag1", new DateOnly(2022, 1, 1), "{}", CancellationToken.None).GetAwaiter().GetResult();
        _reports = new SqliteReportStore(_temp.Database);
    }

    public void Dispose() => _temp.Dispose();

    private static ReportValue Count(string id, decimal n, string raw) => new(id, ValueState.Reported, n, null, raw, null);

    private static ReportChange Change(long baseRevision, params ReportValue[] values) =>
        new(DakNong2022, "2022.1", baseRevision, values, [], "op.daknong", "UpdateReportValues", At);

    [Fact]
    public async Task The_first_write_creates_a_draft_at_revision_1_with_exact_values()
    {
        var result = await _reports.SaveAsync(Change(0, Count("III.1.4.1", 1599, "1.599"), Count("III.3.1", 99.73m, "99,73%")), DateTime.MaxValue, CancellationToken.None);
        Assert.Equal((ReportStatus.Draft, 1L, 2), (result.Report.Status, result.Report.Revision, result.Inserted));
        var stored = (await _reports.GetAsync(DakNong2022, withValues: true, CancellationToken.None))!;
        Assert.Equal(99.73m, stored.Values.Single(v => v.IndicatorId == "III.3.1").Number);
        Assert.Equal("1.599", stored.Values.Single(v => v.IndicatorId == "III.1.4.1").RawText);
    }

    [Fact]
    public async Task Values_beyond_one_multi_row_insert_are_stored_exactly_on_create_and_on_update()
    {
        // 75 values: two full groups of the multi-row INSERT and a remainder written row by row,
        // with the cells that bind differently: empty raw text, NULL number, text, notes, decimals.
        static ReportValue Value(int i, string suffix) => (i % 5) switch
        {
            0 => ReportValue.NotReported($"T.{i:D2}") with { Note = i % 10 == 0 ? $"Chưa tổng hợp {suffix}" : null },
            1 => new($"T.{i:D2}", ValueState.NotApplicable, null, null, "/", null),
            2 => new($"T.{i:D2}", ValueState.Reported, null, $"Đã triển khai {suffix}", $"Đã triển khai {suffix}", "Ghi chú: số liệu ước tính"),
            3 => new($"T.{i:D2}", ValueState.Reported, 99.73m + i, null, $"{99 + i},73%", null),
            _ => new($"T.{i:D2}", ValueState.Reported, 1599 + i, null, $"1.{599 + i}", null),
        };
        var first = Enumerable.Range(0, 75).Select(i => Value(i, "lần 1")).ToArray();
        var created = await _reports.SaveAsync(Change(0, first), DateTime.MaxValue, CancellationToken.None);
        Assert.Equal(75, created.Inserted);
        Assert.Equal(first.OrderBy(v => v.IndicatorId, StringComparer.Ordinal), created.Report.Values);

        // Every text cell changes, every other stays: the update path binds only what differs.
        var second = Enumerable.Range(0, 75).Select(i => Value(i, "lần 2")).ToArray();
        var updated = await _reports.SaveAsync(Change(1, second), DateTime.MaxValue, CancellationToken.None);
        Assert.Equal((15 + 8, 75 - 23), (updated.Updated, updated.Unchanged));
        var stored = (await _reports.GetAsync(DakNong2022, withValues: true, CancellationToken.None))!;
        Assert.Equal(second.OrderBy(v => v.IndicatorId, StringComparer.Ordinal), stored.Values);
        Assert.Equal("", stored.Values.Single(v => v.IndicatorId == "T.05").RawText);
        Assert.Null(stored.Values.Single(v => v.IndicatorId == "T.05").Number);
    }

    [Fact]
    public async Task A_stale_write_is_a_revision_conflict_and_writes_nothing()
    {
        await _reports.SaveAsync(Change(0, Count("III.1.4.1", 1599, "1.599")), DateTime.MaxValue, CancellationToken.None);
        await _reports.SaveAsync(Change(1, Count("III.1.4.2", 196, "196")), DateTime.MaxValue, CancellationToken.None);
        var error = await Assert.ThrowsAsync<StoreException>(() => _reports.SaveAsync(Change(1, Count("III.1.4.3", 114, "114"), Count("III.1.4.1", 1, "1")), DateTime.MaxValue, CancellationToken.None));
        Assert.Equal((StoreFailure.RevisionConflict, 2L), (error.Failure, error.CurrentRevision));
        var stored = (await _reports.GetAsync(DakNong2022, withValues: true, CancellationToken.None))!;
        Assert.Equal(["III.1.4.1", "III.1.4.2"], stored.Values.Select(v => v.IndicatorId));
        Assert.Equal(1599m, stored.Values[0].Number);
    }

    [Fact]
    public async Task Writing_the_same_values_again_changes_nothing_and_keeps_the_revision()
    {
        await _reports.SaveAsync(Change(0, Count("III.1.4", 1909, "1.909")), DateTime.MaxValue, CancellationToken.None);
        var again = await _reports.SaveAsync(Change(1, Count("III.1.4", 1909, "1.909")), DateTime.MaxValue, CancellationToken.None);
        Assert.Equal((0, 0, 1, 1L), (again.Inserted, again.Updated, again.Unchanged, again.Report.Revision));
    }

    [Fact]
    public async Task Each_value_change_is_audited_with_who_when_old_and_new()
    {
        await _reports.SaveAsync(Change(0, Count("VII.6.4.2", 42.95m, "42.95")), DateTime.MaxValue, CancellationToken.None);
        await _reports.SaveAsync(Change(1, Count("VII.6.4.2", 42950, "42.950") with { Note = "sửa lỗi nhóm số" }), DateTime.MaxValue, CancellationToken.None);
        var history = await _reports.GetHistoryAsync(DakNong2022, null, 10, CancellationToken.None);
        Assert.Equal(2, history.Count);
        var latest = history[0];
        Assert.Equal(("op.daknong", "UpdateReportValues", "42.95", "42.950", "sửa lỗi nhóm số", 2L),
            (latest.UserName, latest.Via, latest.OldRawText, latest.NewRawText, latest.NewNote, latest.Revision));
        Assert.Equal(At, latest.At);
    }

    [Fact]
    public async Task A_write_of_several_values_is_one_event_row_read_back_as_one_entry_per_value_and_paged_within_it()
    {
        await _reports.SaveAsync(Change(0, Count("III.1.4.1", 1599, "1.599"), Count("III.1.4.2", 196, "196"), Count("III.1.4.3", 114, "114")), DateTime.MaxValue, CancellationToken.None);
        await _reports.SaveAsync(Change(1, Count("III.1.4.2", 197, "197")), DateTime.MaxValue, CancellationToken.None);

        var first = await _reports.GetHistoryAsync(DakNong2022, null, 2, CancellationToken.None);
        Assert.Equal([("III.1.4.2", "196", "197"), ("III.1.4.1", null, "1.599")], first.Select(e => (e.IndicatorId!, e.OldRawText, e.NewRawText!)));
        var rest = await _reports.GetHistoryAsync(DakNong2022, first[^1].Position, 10, CancellationToken.None);
        // The page boundary fell inside the first write: the next page goes on from there.
        Assert.Equal(["III.1.4.2", "III.1.4.3"], rest.Select(e => e.IndicatorId!));
        Assert.Equal(first[^1].Position.EventId, rest[0].Position.EventId);
        Assert.All(rest, e => Assert.Equal(1L, e.Revision));
        // A token from before grouping ("41") means everything of that event was seen.
        Assert.True(HistoryPosition.TryParse(first[0].Position.EventId.ToString(System.Globalization.CultureInfo.InvariantCulture), out var legacy));
        Assert.Equal(3, (await _reports.GetHistoryAsync(DakNong2022, legacy, 10, CancellationToken.None)).Count);
    }

    [Fact]
    public async Task Not_applicable_not_reported_and_zero_stay_distinct()
    {
        await _reports.SaveAsync(Change(0,
            new ReportValue("I.1.1.3", ValueState.NotApplicable, null, null, "/", null),
            ReportValue.NotReported("I.1.2"),
            Count("II.2.1", 0, "0")), DateTime.MaxValue, CancellationToken.None);
        var values = (await _reports.GetAsync(DakNong2022, withValues: true, CancellationToken.None))!.Values.ToDictionary(v => v.IndicatorId);
        Assert.Equal((ValueState.NotApplicable, (decimal?)null), (values["I.1.1.3"].State, values["I.1.1.3"].Number));
        Assert.Equal((ValueState.NotReported, (decimal?)null), (values["I.1.2"].State, values["I.1.2"].Number));
        Assert.Equal((ValueState.Reported, (decimal?)0m), (values["II.2.1"].State, values["II.2.1"].Number));
    }

    [Fact]
    public async Task A_status_change_checks_revision_and_status_and_is_audited()
    {
        await _reports.SaveAsync(Change(0, Count("III.1.4", 1909, "1.909")), DateTime.MaxValue, CancellationToken.None);
        var submitted = await _reports.ChangeStatusAsync(new StatusChangeCommand(DakNong2022, 1, ReportStatus.Draft, ReportStatus.Submitted, null, false, "op.daknong", "SubmitReport", At), DateTime.MaxValue, CancellationToken.None);
        Assert.Equal((ReportStatus.Submitted, 2L, (DateTimeOffset?)At), (submitted.Status, submitted.Revision, submitted.SubmittedAt));
        await Assert.ThrowsAsync<StoreException>(() => _reports.ChangeStatusAsync(
            new StatusChangeCommand(DakNong2022, 1, ReportStatus.Draft, ReportStatus.Submitted, null, false, "op.daknong", "SubmitReport", At), DateTime.MaxValue, CancellationToken.None));
        var returned = await _reports.ChangeStatusAsync(new StatusChangeCommand(DakNong2022, 2, ReportStatus.Submitted, ReportStatus.Returned, "Kiểm tra lại 3.2", false, "rv.tinh", "ReturnReport", At), DateTime.MaxValue, CancellationToken.None);
        Assert.Equal((ReportStatus.Returned, "Kiểm tra lại 3.2"), (returned.Status, returned.ReviewComment));
        var history = await _reports.GetHistoryAsync(DakNong2022, null, 10, CancellationToken.None);
        Assert.Equal((ReportStatus?)ReportStatus.Returned, history[0].To);
    }

    [Fact]
    public async Task A_report_for_an_unknown_unit_is_refused()
    {
        var error = await Assert.ThrowsAsync<StoreException>(() => _reports.SaveAsync(
            new ReportChange(new ReportKey("99", "2022"), "2022.1", 0, [Count("III.1.4", 1, "1")], [], "x", "y", At), DateTime.MaxValue, CancellationToken.None));
        Assert.Equal(StoreFailure.UnknownReference, error.Failure);
    }

    [Fact]
    public async Task A_backup_is_a_consistent_copy_of_the_live_file()
    {
        await _reports.SaveAsync(Change(0, Count("III.1.4", 1909, "1.909")), DateTime.MaxValue, CancellationToken.None);
        var copy = Path.Combine(_temp.Folder, "backup.db");
        _temp.Database.BackupTo(copy);
        var restored = new SqliteReportStore(Database.Open(copy, TimeProvider.System));
        Assert.Equal(1909m, (await restored.GetAsync(DakNong2022, true, CancellationToken.None))!.Values.Single().Number);
        Assert.Throws<IOException>(() => _temp.Database.BackupTo(copy));
    }
}
