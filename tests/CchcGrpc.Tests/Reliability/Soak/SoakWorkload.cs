using Cchc.V1;
using CchcGrpc.Server.Domain.Catalog;
using CchcGrpc.Server.SampleData;
using CchcGrpc.Tests.EndToEnd;
using CchcGrpc.Tests.Imports;
using Grpc.Core;
using Grpc.Net.Client;
using UnitLevel = CchcGrpc.Server.Domain.Units.UnitLevel;
using Outcome = Cchc.V1.BatchResult.Types.Outcome;

namespace CchcGrpc.Tests.Reliability.Soak;

/// <summary>
/// Fifty clients on a few channels against one server process, for a fixed time: per unit an owner
/// that edits its report (read, then write on the revision it read) and submits it, and a rival that
/// edits the same report (so stale writes happen and end as ABORTED); reviewers that return or
/// approve what is submitted in their share of units, an approved report sending its owner to the
/// next period; importers streaming whole reports (and now and then the same batch again, which
/// must be replayed, not applied twice); and readers of reports and analytics.
/// </summary>
public sealed class SoakWorkload(IReadOnlyList<GrpcChannel> channels, IReadOnlyDictionary<string, string> tokens, IReadOnlyList<string> units, SoakLedger ledger)
{
    public const int Reviewers = 4;
    public const int Importers = 4;

    // Random counts break the catalog's rules; a note on each value explains them, so a report can still be submitted.
    private const string Note = "Số liệu thử tải (soak), không phải số liệu thật";

    private static readonly string[] Periods = ["2019", "2018", "2017", "2016", "2015", "2014", "2013", "2012"];
    private readonly Dictionary<string, UnitState> _state = units.ToDictionary(u => u, u => new UnitState());
    private readonly Dictionary<string, OrgUnitInfo> _levels = SampleOrganisation.Load().Units.ToDictionary(u => u.Code, u => new OrgUnitInfo(u.Level));

    /// <summary>Editors (2 per unit) + reviewers + importers + readers = <paramref name="clients"/>.</summary>
    public Task RunAsync(int clients, TimeSpan duration)
    {
        _stopped = false;
        var until = DateTime.UtcNow + duration;
        var tasks = new List<Task>();
        var n = 0;
        GrpcChannel Next() => channels[n++ % channels.Count];
        foreach (var unit in units)
        {
            tasks.Add(Task.Run(() => OwnerAsync(Next(), unit, until)));
            tasks.Add(Task.Run(() => RivalAsync(Next(), unit, until)));
        }
        for (var r = 0; r < Reviewers; r++)
        {
            var share = r;
            tasks.Add(Task.Run(() => ReviewerAsync(Next(), share, until)));
        }
        for (var i = 0; i < Importers; i++)
        {
            var importer = i;
            tasks.Add(Task.Run(() => ImporterAsync(Next(), importer, until)));
        }
        for (var reader = tasks.Count; reader < clients; reader++)
        {
            var seed = reader;
            tasks.Add(Task.Run(() => ReaderAsync(Next(), seed, until)));
        }
        return Task.WhenAll(tasks);
    }

    private volatile bool _stopped;

    /// <summary>Ends the run now (the fault runs, once the server is killed), without waiting for its time to pass.</summary>
    public void Stop() => _stopped = true;

    /// <summary>A new round after a restart (the fault runs): importers start new keys.</summary>
    public int Round { get; set; }

    public static string ReportName(string unit, string period) => $"reports/{unit}/{period}";

    public IReadOnlyList<string> EditedReports => [.. _state.SelectMany(s => s.Value.Periods.Select(p => ReportName(s.Key, p)))];

    private IReadOnlyList<string> Editable(string unit) =>
        [.. CatalogLoader.Current.Indicators.Where(i => i.AppliesTo(_levels[unit].Level) && i.Type == IndicatorType.Count && i.Formula is null).Take(8).Select(i => i.Id)];

    private CallOptions As(string user) => CallHelpers.Bearer(tokens[user]).WithDeadline(DateTime.UtcNow.AddSeconds(30));

    private async Task OwnerAsync(GrpcChannel channel, string unit, DateTime until)
    {
        var random = new Random(unit.GetHashCode(StringComparison.Ordinal));
        var state = _state[unit];
        var indicators = Editable(unit);
        var user = "op." + unit;
        while (!_stopped && DateTime.UtcNow < until && state.PeriodIndex < Periods.Length)
        {
            var period = Periods[state.PeriodIndex];
            var name = ReportName(unit, period);
            if (!state.Periods.Contains(period))
            {
                // The report begins as an import of the unit's own operator.
                var batch = new ImportBatch { IdempotencyKey = $"soak-{unit}-{period}", UnitCode = unit, PeriodId = period, Variant = "id" };
                batch.Rows.AddRange(indicators.Select((id, i) => new ImportRow { SourceLine = i + 1, Indicator = id, RawValue = "1", Note = Note }));
                var created = await ImportAsync(channel, user, batch);
                // Replayed: applied before a crash that came before the answer.
                if (created?.Batches.SingleOrDefault() is not { Outcome: Outcome.Applied or Outcome.Replayed } applied)
                {
                    return;
                }
                ledger.Acknowledged(name, applied.Revision, "import");
                state.Periods.Add(period);
            }
            for (var edit = 0; edit < 8 && !_stopped && DateTime.UtcNow < until; edit++)
            {
                await EditOnceAsync(channel, user, name, indicators, random, state);
            }
            // Submit: no edits while the report waits for review.
            await state.Gate.WaitAsync();
            await state.Gate.WaitAsync();
            try
            {
                var report = await ledger.CallAsync("GetReport", () => channel.UnaryCall(Rpc.GetReport, new GetReportRequest { Name = name }, As(user)).ResponseAsync);
                if (report is null)
                {
                    return;
                }
                // Random counts can leave findings no note explains (a derived total): the report's
                // content refuses the submission (FAILED_PRECONDITION REPORT_NOT_SUBMITTABLE), and editing goes on.
                var submitted = await ledger.CallAsync("SubmitReport", () => channel.UnaryCall(Rpc.Submit, new ChangeReportStatusRequest { Name = name, BaseRevision = report.Revision }, As(user)).ResponseAsync, StatusCode.FailedPrecondition);
                if (submitted is null)
                {
                    continue;
                }
                ledger.Acknowledged(name, submitted.Revision, "submit");
                while (!_stopped && DateTime.UtcNow < until)
                {
                    await Task.Delay(20);
                    var now = await ledger.CallAsync("GetReport", () => channel.UnaryCall(Rpc.GetReport, new GetReportRequest { Name = name, ReadMask = new Google.Protobuf.WellKnownTypes.FieldMask { Paths = { "status", "revision" } } }, As(user)).ResponseAsync);
                    if (now?.Status == ReportStatus.Approved)
                    {
                        state.PeriodIndex++;
                        break;
                    }
                    if (now?.Status == ReportStatus.Returned)
                    {
                        break;
                    }
                }
            }
            finally
            {
                state.Gate.Release(2);
            }
        }
    }

    private async Task RivalAsync(GrpcChannel channel, string unit, DateTime until)
    {
        var random = new Random(unit.GetHashCode(StringComparison.Ordinal) + 1);
        var state = _state[unit];
        var indicators = Editable(unit);
        while (!_stopped && DateTime.UtcNow < until)
        {
            await state.Gate.WaitAsync();
            try
            {
                if (state.PeriodIndex < Periods.Length && state.Periods.Contains(Periods[state.PeriodIndex]))
                {
                    await EditOnceAsync(channel, "op." + unit, ReportName(unit, Periods[state.PeriodIndex]), indicators, random, state);
                }
            }
            finally
            {
                state.Gate.Release();
            }
            await Task.Delay(random.Next(5));
        }
    }

    private async Task EditOnceAsync(GrpcChannel channel, string user, string name, IReadOnlyList<string> indicators, Random random, UnitState state)
    {
        var report = await ledger.CallAsync("GetReport", () => channel.UnaryCall(Rpc.GetReport, new GetReportRequest { Name = name, ReadMask = new Google.Protobuf.WellKnownTypes.FieldMask { Paths = { "status", "revision" } } }, As(user)).ResponseAsync);
        if (report is null || report.Status is not (ReportStatus.Draft or ReportStatus.Returned))
        {
            return;
        }
        var indicator = indicators[random.Next(indicators.Count)];
        var raw = random.Next(0, 100_000).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var updated = await ledger.CallAsync("UpdateReportValues", () => channel.UnaryCall(Rpc.UpdateValues, new UpdateReportValuesRequest
        {
            Name = name, BaseRevision = report.Revision, Values = { new ValueInput { IndicatorId = indicator, RawText = raw, Note = Note } },
        }, As(user)).ResponseAsync, StatusCode.Aborted);
        // A save that changes nothing (the value was already that) keeps the revision it was based on: the
        // server wrote nothing, so there is no new write to acknowledge (counting it would pair it with the
        // write that made that revision).
        if (updated is not null && updated.Report.Revision > report.Revision)
        {
            ledger.Acknowledged(name, updated.Report.Revision, "edit", indicator, raw);
        }
    }

    private async Task ReviewerAsync(GrpcChannel channel, int share, DateTime until)
    {
        var random = new Random(share);
        while (!_stopped && DateTime.UtcNow < until)
        {
            await Task.Delay(30);
            var listed = await ledger.CallAsync("ListReports", () => channel.UnaryCall(Rpc.ListReports, new ListReportsRequest
            {
                UnitCode = "67", IncludeSubtree = true, Statuses = { ReportStatus.Submitted, ReportStatus.Resubmitted }, PageSize = 200,
                ReadMask = new Google.Protobuf.WellKnownTypes.FieldMask { Paths = { "name", "unit_code", "revision", "status" } },
            }, As("rv.daknong")).ResponseAsync);
            foreach (var report in listed?.Reports.Where(r => _state.ContainsKey(r.UnitCode) && units.ToList().IndexOf(r.UnitCode) % Reviewers == share) ?? [])
            {
                var approve = random.Next(5) == 0;
                var request = new ChangeReportStatusRequest { Name = report.Name, BaseRevision = report.Revision, Comment = approve ? "Đồng ý" : "Đề nghị rà soát lại số liệu" };
                var changed = await ledger.CallAsync(approve ? "ApproveReport" : "ReturnReport", () => channel.UnaryCall(approve ? Rpc.Approve : Rpc.Return, request, As("rv.daknong")).ResponseAsync);
                if (changed is not null)
                {
                    ledger.Acknowledged(report.Name, changed.Revision, approve ? "approve" : "return");
                }
            }
        }
    }

    private async Task ImporterAsync(GrpcChannel channel, int importer, DateTime until)
    {
        var random = new Random(importer);
        var organisation = SampleOrganisation.Load().Units.Where(u => u.Level != UnitLevel.Province && !_state.ContainsKey(u.Code)).ToList();
        var sent = new List<ImportBatch>();
        for (var n = 0; !_stopped && DateTime.UtcNow < until; n++)
        {
            var replay = sent.Count > 0 && random.Next(5) == 0;
            var batch = replay ? sent[random.Next(sent.Count)]
                : GeneratedImport.Batch(organisation[(n * Importers + importer) % organisation.Count], (1990 + (Round + (n * Importers + importer) / organisation.Count) % 20).ToString(System.Globalization.CultureInfo.InvariantCulture), $"soak-import-{Round}-{importer}-{n}");
            var result = await ImportAsync(channel, "svc.import", batch);
            if (result?.Batches.SingleOrDefault() is not { } outcome)
            {
                continue;
            }
            // Years 1990-2009 only (2023 and 2024 hold the demo reports, some approved); a long run comes
            // back to a report it imported before, and the same rows under a new key are UNCHANGED.
            if (replay ? outcome.Outcome != Outcome.Replayed : outcome.Outcome is not (Outcome.Applied or Outcome.Unchanged))
            {
                ledger.CallAsync<object>("ImportValues outcome", () => throw new RpcException(new Status(StatusCode.DataLoss, $"{batch.IdempotencyKey}: {outcome.Outcome} {outcome.Message}"))).Wait();
            }
            else if (!replay && outcome.Outcome == Outcome.Applied)
            {
                sent.Add(batch);
                ledger.Acknowledged(ReportName(batch.UnitCode, batch.PeriodId), outcome.Revision, "import", raw: batch.Rows.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
        }
    }

    private async Task ReaderAsync(GrpcChannel channel, int seed, DateTime until)
    {
        var random = new Random(seed);
        var user = seed % 2 == 0 ? "admin.soak" : "rv.daknong";
        while (!_stopped && DateTime.UtcNow < until)
        {
            var unit = units[random.Next(units.Count)];
            switch (random.Next(6))
            {
                case 0:
                    await ledger.CallAsync("GetReport", () => channel.UnaryCall(Rpc.GetReport, new GetReportRequest { Name = ReportName(unit, "2024") }, As(user)).ResponseAsync);
                    break;
                case 1:
                    await ledger.CallAsync("ListReports", () => channel.UnaryCall(Rpc.ListReports, new ListReportsRequest { UnitCode = "67", IncludeSubtree = true, PeriodId = "2024", PageSize = 50 }, As(user)).ResponseAsync);
                    break;
                case 2:
                    await ledger.CallAsync("RollUp", () => channel.UnaryCall(Rpc.RollUp, new RollUpRequest { UnitCode = "67", PeriodId = "2024" }, As(user)).ResponseAsync);
                    break;
                case 3:
                    await ledger.CallAsync("Compare", () => channel.UnaryCall(Rpc.Compare, new CompareRequest { PeriodId = "2024", DescendantsOf = "67", IndicatorIds = { "III.3.1" } }, As(user)).ResponseAsync);
                    break;
                case 4:
                    await ledger.CallAsync("Trend", () => channel.UnaryCall(Rpc.Trend, new TrendRequest { UnitCode = unit, IndicatorIds = { "III.3.1" }, FromYear = 2023, ToYear = 2024 }, As(user)).ResponseAsync);
                    break;
                default:
                    await ledger.CallAsync("GetCompleteness", () => channel.UnaryCall(Rpc.Completeness, new CompletenessRequest { UnitCode = "67", PeriodId = "2024" }, As(user)).ResponseAsync);
                    break;
            }
        }
    }

    private async Task<ImportResult?> ImportAsync(GrpcChannel channel, string user, ImportBatch batch) =>
        await ledger.CallAsync("ImportValues", async () =>
        {
            using var call = channel.ClientStreamingCall(Rpc.ImportValues, As(user));
            await call.RequestStream.WriteAsync(batch);
            await call.RequestStream.CompleteAsync();
            return await call.ResponseAsync;
        });

    private sealed record OrgUnitInfo(UnitLevel Level);

    private sealed class UnitState
    {
        // Edits take one place, a submission both: no edit runs while a report waits for review.
        public SemaphoreSlim Gate { get; } = new(2, 2);

        public List<string> Periods { get; } = [];

        public volatile int PeriodIndex;
    }
}
