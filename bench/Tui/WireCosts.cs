using Cchc.V1;
using CchcGrpc.Bench.Infrastructure;
using CchcGrpc.Client.Connection;
using CchcGrpc.Client.Tui.Offline;
using Google.Protobuf.WellKnownTypes;

namespace CchcGrpc.Bench.Tui;

/// <summary>
/// Bytes on the wire (every byte of the client's one TCP connection, both ways: HTTP/2 frames, HPACK
/// headers, gRPC messages gzip-compressed by the server) for what the entry screen does: open a report
/// with the catalog cached and not, and save one value, against the built cchc-server with its demo data.
/// </summary>
internal static class WireCosts
{
    // What the entry screen shows of a report: its values, status, revision and the reviewer's comment.
    private static readonly FieldMask EntryMask = FieldMask.FromString(
        "name,unit_code,period_id,catalog_version,status,revision,values,review_comment,submitted_late,updated_at");

    // What the entry screen needs of the report a save or a check answers with (the findings come with it).
    private static readonly FieldMask SaveMask = FieldMask.FromString("name,status,revision,values");

    public sealed record Step(string What, long Sent, long Received)
    {
        public long Total => Sent + Received;
    }

    public static async Task<(string Report, int Values, IReadOnlyList<Step> Steps, string Breakdown)> MeasureAsync()
    {
        string folder = Path.Combine(Path.GetTempPath(), "cchc-bench-tui-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        try
        {
            string database = Path.Combine(folder, "cchc.db");
            const string password = "mat-khau-bench-tui";
            // The first start loads the sample province and its demo reports; the operator is added after it.
            await using CchcServerProcess server = await CchcServerProcess.StartAsync(database);
            await CchcServerProcess.VerbAsync(database, password + "\n", "user", "add", "op.bench", "--role", "operator", "--unit", "67", "--password-stdin");
            string address = server.Address.ToString();
            string token;
            using (var anonymous = new ServerSession(address, null))
            {
                token = (await anonymous.Auth.LoginAsync(new LoginRequest { UserName = "op.bench", Password = password })).Token;
            }

            // Every connection the channel opens is counted (it may open a second one).
            var connections = new System.Collections.Concurrent.ConcurrentBag<CountingStream>();
            using var session = new ServerSession(address, token, wrapConnection: stream =>
            {
                var counted = new CountingStream(stream);
                connections.Add(counted);
                return counted;
            });
            var steps = new List<Step>();
            async Task MeasureStep(string what, Func<Task> action)
            {
                (long sent, long received) = (connections.Sum(c => c.Sent), connections.Sum(c => c.Received));
                await action();
                steps.Add(new Step(what, connections.Sum(c => c.Sent) - sent, connections.Sum(c => c.Received) - received));
            }

            string name = await ReportNameAsync(session);
            var catalogs = new CatalogStore(Path.Combine(folder, "client"));
            Report report = null!;
            GetCatalogResponse catalog = null!;
            await MeasureStep("connect and sign-in check (WhoAmI)", async () => await session.Auth.WhoAmIAsync(new WhoAmIRequest()));
            await MeasureStep($"open the demo report {name}, catalog not cached (GetCatalog + GetReport)", async () =>
            {
                catalog = (await catalogs.GetAsync(session.Catalog, "", CancellationToken.None)).Catalog;
                report = await session.Reports.GetReportAsync(new GetReportRequest { Name = name, ReadMask = EntryMask });
            });
            await MeasureStep($"open the demo report, catalog cached (GetCatalog not_modified + GetReport)", async () =>
            {
                await OpenCachedAsync(session, catalogs, name);
            });
            // Demo reports carry few values and are submitted; a draft of another period with a value for every
            // indicator of the province form (set up, not measured) is what an operator opens and saves into.
            // Counts fall from one indicator to the next, so that a part is mostly below its total and the
            // draft has a handful of findings, as one being entered has (rising counts gave 32, 70 % of a save's answer).
            Report full = await FullDraftAsync(session, catalog, report.UnitCode);
            await MeasureStep($"open a full report ({full.Values.Count} values), catalog cached (GetCatalog not_modified + GetReport)", async () =>
            {
                report = await OpenCachedAsync(session, catalogs, full.Name);
            });
            await MeasureStep("the same report, whole (no read mask)", async () => await session.Reports.GetReportAsync(new GetReportRequest { Name = full.Name }));
            IndicatorValue first = report.Values.First(v => !v.Derived && v.Number.Length > 0);
            var sync = new DraftSync(session.Reports, new DraftStore(Path.Combine(folder, "client")), TimeProvider.System);
            await MeasureStep($"save one value ({first.IndicatorId}, UpdateReportValues; the answer is the stored report)", async () =>
            {
                DraftOutcome outcome = await sync.EditAsync(ReportDraft.On(report.Name, report.Revision, DateTimeOffset.UtcNow), first.IndicatorId,
                    new DraftValue(first.RawText == "1" ? "2" : "1", first.Note), DraftValue.Of(first), CancellationToken.None);
                if (outcome.Kind != DraftOutcomeKind.Saved)
                {
                    throw new BenchFailure($"saving one value: {outcome.Kind} {outcome.Error?.Status.Detail}");
                }
            });
            // The same save and the entry screen's check of a typed value (validate_only) with the read mask
            // the screen needs of the answer (SaveMask); the findings come either way.
            long revision = (await session.Reports.GetReportAsync(new GetReportRequest { Name = report.Name, ReadMask = FieldMask.FromString("revision") })).Revision;
            UpdateReportValuesResponse saved = null!;
            await MeasureStep($"save one value, read_mask {SaveMask} (the answer: those fields and the findings)", async () =>
            {
                saved = await session.Reports.UpdateReportValuesAsync(new UpdateReportValuesRequest
                {
                    Name = report.Name, BaseRevision = revision, ReadMask = SaveMask,
                    Values = { new ValueInput { IndicatorId = first.IndicatorId, RawText = first.RawText, Note = first.Note } },
                });
            });
            foreach (FieldMask? mask in new[] { null, SaveMask })
            {
                await MeasureStep($"check one typed value (UpdateReportValues validate_only){(mask is null ? ", whole report" : $", read_mask {SaveMask}")}", async () =>
                {
                    await session.Reports.UpdateReportValuesAsync(new UpdateReportValuesRequest
                    {
                        Name = report.Name, BaseRevision = revision + 1, ValidateOnly = true, ReadMask = mask,
                        Values = { new ValueInput { IndicatorId = first.IndicatorId, RawText = "3" } },
                    });
                });
            }
            // Where the answer's bytes are, before gzip: the report as masked, and the findings.
            string breakdown = $"The masked save's answer before gzip: {saved.CalculateSize():#,0} B, of which the report {saved.Report.CalculateSize():#,0} B "
                + $"({saved.Report.Values.Count} values) and {saved.Findings.Count} findings {saved.Findings.Sum(f => f.CalculateSize()):#,0} B.";
            name = full.Name;
            return (name, report.Values.Count, steps, breakdown);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // Temp folders are cleaned by the OS.
            }
        }
    }

    private static async Task<Report> OpenCachedAsync(ServerSession session, CatalogStore catalogs, string name)
    {
        CachedCatalog cached = await catalogs.GetAsync(session.Catalog, "", CancellationToken.None);
        if (cached.Source != CatalogSource.NotModified)
        {
            throw new BenchFailure($"the cached catalog was not revalidated by etag ({cached.Source})");
        }
        return await session.Reports.GetReportAsync(new GetReportRequest { Name = name, ReadMask = EntryMask });
    }

    private static async Task<Report> FullDraftAsync(ServerSession session, GetCatalogResponse catalog, string unitCode)
    {
        foreach (string period in new[] { "2023-Q1", "2023-Q2", "2023-Q3", "2023-Q4", "2023-H1", "2023-9M" })
        {
            string name = $"reports/{unitCode}/{period}";
            try
            {
                await session.Reports.GetReportAsync(new GetReportRequest { Name = name, ReadMask = FieldMask.FromString("revision") });
                continue;
            }
            catch (Grpc.Core.RpcException e) when (e.StatusCode == Grpc.Core.StatusCode.NotFound)
            {
            }
            var fill = new UpdateReportValuesRequest { Name = name };
            int n = 0;
            foreach (Indicator indicator in catalog.Indicators.Where(i => !i.IsGroup && i.Formula.Length == 0 && i.Levels.Contains(UnitLevel.Province)))
            {
                n++;
                string? raw = indicator.ValueType switch
                {
                    Cchc.V1.ValueType.Integer => (100 - n % 90).ToString(System.Globalization.CultureInfo.InvariantCulture),
                    Cchc.V1.ValueType.Decimal => $"{n % 50},5",
                    Cchc.V1.ValueType.Money => $"1.{n % 900 + 100}",
                    Cchc.V1.ValueType.Percent => $"{n % 100}",
                    Cchc.V1.ValueType.Choice => indicator.Options.Keys.Order(StringComparer.Ordinal).FirstOrDefault(),
                    _ => null,
                };
                if (raw is not null)
                {
                    fill.Values.Add(new ValueInput { IndicatorId = indicator.Id, RawText = raw });
                }
            }
            return (await session.Reports.UpdateReportValuesAsync(fill)).Report;
        }
        throw new BenchFailure($"no free period of {unitCode} for a full draft");
    }

    // The province's report with the most values among the demo reports it can open.
    private static async Task<string> ReportNameAsync(ServerSession session)
    {
        ListReportsResponse listed = await session.Reports.ListReportsAsync(new ListReportsRequest { UnitCode = "67", PeriodId = "2024", PageSize = 50 });
        Report? own = listed.Reports.FirstOrDefault(r => r.UnitCode == "67");
        return own?.Name ?? listed.Reports.FirstOrDefault()?.Name ?? throw new BenchFailure("no demo report for unit 67 in 2024");
    }
}
