using CchcGrpc.Server.Domain.Indices;
using CchcGrpc.Server.Domain.Plans;
using CchcGrpc.Server.Domain.Plans.Parsing;
using CchcGrpc.Server.SampleData;
using CchcGrpc.Server.Store;
using CchcGrpc.Server.Store.Sqlite;
using CchcGrpc.Tests.Seeds;

namespace CchcGrpc.Tests.Store;

/// <summary>Seed 003's plan and index results in a real SQLite file: versions, idempotent re-import, progress kept across a revision.</summary>
public sealed class PlanStoreTests : IAsyncLifetime, IDisposable
{
    private static readonly DateTimeOffset At = new(2024, 3, 1, 8, 0, 0, TimeSpan.Zero);
    private readonly TempDatabase _db = new();
    private readonly SqlitePlanStore _plans;
    private readonly SqliteIndexStore _indices;
    private readonly PlanReading _reading = PlanDocumentReader.Read(File.ReadAllText(SeedFiles.PathOf(SeedFiles.ProvincePlan2024)));
    private Plan _plan = null!;

    public PlanStoreTests()
    {
        _plans = new SqlitePlanStore(_db.Database);
        _indices = new SqliteIndexStore(_db.Database);
    }

    public async Task InitializeAsync()
    {
        var organisation = SampleOrganisation.Load();
        await new SqliteUnitStore(_db.Database).ImportAsync(organisation.Units, organisation.Lineage, CancellationToken.None);
        _plan = _reading.ToPlan("67", 2024, new PartyResolver(organisation.Units.Where(u => u.Code == "67" || u.ParentCode == "67")));
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _db.Dispose();

    private Task<PlanImportResult> Import(Plan plan) => _plans.ImportAsync(plan, _reading.Notes, _reading.Unparsed, "rv.daknong", At, DateTime.MaxValue, CancellationToken.None);

    private static ActivityProgress Entry(string key, string period, ActivityStatus status) =>
        new(key, period, status, "Đã triển khai", "", "45/KH-SNV", new DateOnly(2024, 2, 1), "op.snv", At);

    [Fact]
    public async Task The_plan_comes_back_as_it_was_read_and_a_re_import_writes_nothing()
    {
        var first = await Import(_plan);
        Assert.Equal((ImportOutcome.Created, 1), (first.Outcome, first.Plan.Version));
        Assert.Equal(_plan, first.Plan.Plan with { }, new PlanEquality());
        Assert.Equal(53, first.Plan.Unparsed.Count);
        Assert.Equal(_reading.Notes.Count, first.Plan.Notes.Count);
        var again = await Import(_plan);
        Assert.Equal((ImportOutcome.Unchanged, 1, first.Plan.Id), (again.Outcome, again.Plan.Version, again.Plan.Id));
        var (list, total) = await _plans.ListAsync("/67/", subtree: true, 2024, 0, 10, CancellationToken.None);
        Assert.Equal(1, total);
        Assert.Equal((49, 1, "1794/QĐ-UBND"), (list[0].ActivityCount, list[0].Version, list[0].DecisionNumber));
    }

    [Fact]
    public async Task A_revision_is_a_new_version_that_keeps_the_progress_of_unchanged_activities()
    {
        var v1 = (await Import(_plan)).Plan;
        await _plans.RecordProgressAsync(v1.Id, Entry("I.2.1", "2024-Q1", ActivityStatus.InProgress), DateTime.MaxValue, CancellationToken.None);
        await _plans.RecordProgressAsync(v1.Id, Entry("I.2.1", "2024-H1", ActivityStatus.Done), DateTime.MaxValue, CancellationToken.None);
        await _plans.RecordProgressAsync(v1.Id, Entry("II.1.3", "2024-H1", ActivityStatus.Done), DateTime.MaxValue, CancellationToken.None);
        // The revision moves II.1.3's end from Tháng 6 to Tháng 9; everything else is as before.
        var revised = _plan with
        {
            Fields = [.. _plan.Fields.Select(f => f with { Tasks = [.. f.Tasks.Select(t => t with { Activities = [.. t.Activities.Select(a => a.Key == "II.1.3" ? a with { End = PlanTiming.OfMonth(9) } : a)] })] })],
        };
        var result = await Import(revised);
        Assert.Equal((ImportOutcome.Revised, 2, 2, 1), (result.Outcome, result.Plan.Version, result.Plan.LatestVersion, result.ProgressCarried));
        var progress = await _plans.GetProgressAsync(result.Plan.Id, CancellationToken.None);
        Assert.Equal([("I.2.1", "2024-H1"), ("I.2.1", "2024-Q1")], progress.Select(p => (p.ActivityKey, p.PeriodId)));
        Assert.Equal(("45/KH-SNV", new DateOnly(2024, 2, 1)), (progress[0].EvidenceNumber, progress[0].EvidenceDate!.Value));
        Assert.Equal(3, (await _plans.GetProgressAsync(v1.Id, CancellationToken.None)).Count); // the old version keeps its own
        var old = await _plans.GetAsync("67", 2024, 1, CancellationToken.None);
        Assert.Equal((1, 2), (old!.Version, old.LatestVersion));
        Assert.Equal(6, old.Plan.Activities.Single(a => a.Key == "II.1.3").End.Month);
    }

    [Fact]
    public async Task Progress_is_one_entry_per_activity_and_period_and_an_unknown_activity_is_refused()
    {
        var plan = (await Import(_plan)).Plan;
        await _plans.RecordProgressAsync(plan.Id, Entry("III.1.4", "2024-Q2", ActivityStatus.InProgress), DateTime.MaxValue, CancellationToken.None);
        await _plans.RecordProgressAsync(plan.Id, Entry("III.1.4", "2024-Q2", ActivityStatus.Done), DateTime.MaxValue, CancellationToken.None);
        Assert.Equal(ActivityStatus.Done, (await _plans.GetProgressAsync(plan.Id, CancellationToken.None)).Single().Status);
        var error = await Assert.ThrowsAsync<StoreException>(() => _plans.RecordProgressAsync(plan.Id, Entry("VI.1.1", "2024-Q2", ActivityStatus.Done), DateTime.MaxValue, CancellationToken.None));
        Assert.Equal(StoreFailure.NotFound, error.Failure);
    }

    [Fact]
    public async Task Index_results_are_replaced_by_kind_unit_and_year_and_the_same_again_is_unchanged()
    {
        var result = new IndexResult(IndexKind.ParIndex, "67", 2023, 84.37m, 41, 63,
            [new IndexComponent("1", null, "Công tác chỉ đạo, điều hành CCHC", 9.5m, 9m, 8.5m, null), new IndexComponent("1.1", "1", "Kế hoạch CCHC năm", 3m, 3m, 2.75m, null)],
            "Số liệu mẫu (demo)", Demo: true);
        Assert.Equal([ImportOutcome.Created], await _indices.SaveResultsAsync([result], "admin", At, DateTime.MaxValue, CancellationToken.None));
        Assert.Equal([ImportOutcome.Unchanged], await _indices.SaveResultsAsync([result with { Total = 84.370m }], "admin", At, DateTime.MaxValue, CancellationToken.None));
        Assert.Equal([ImportOutcome.Revised], await _indices.SaveResultsAsync([result with { Rank = 40 }], "admin", At, DateTime.MaxValue, CancellationToken.None));
        var stored = await _indices.GetResultAsync(IndexKind.ParIndex, "67", 2023, CancellationToken.None);
        Assert.Equal((84.37m, 40, 63), (stored!.Result.Total!.Value, stored.Result.Rank!.Value, stored.Result.PeerCount!.Value));
        Assert.Equal(result.Components, stored.Result.Components);
        var unknown = result with { UnitCode = "99" };
        await Assert.ThrowsAsync<StoreException>(() => _indices.SaveResultsAsync([result with { Year = 2024 }, unknown], "admin", At, DateTime.MaxValue, CancellationToken.None));
        Assert.Null(await _indices.GetResultAsync(IndexKind.ParIndex, "67", 2024, CancellationToken.None)); // nothing half-written
    }

    /// <summary>Plans compare by value, lists included.</summary>
    private sealed class PlanEquality : IEqualityComparer<Plan>
    {
        public bool Equals(Plan? x, Plan? y) => x is not null && y is not null &&
            PlanJsonText(x) == PlanJsonText(y);

        public int GetHashCode(Plan obj) => PlanJsonText(obj).GetHashCode(StringComparison.Ordinal);

        private static string PlanJsonText(Plan plan) => System.Text.Json.JsonSerializer.Serialize(plan);
    }
}
