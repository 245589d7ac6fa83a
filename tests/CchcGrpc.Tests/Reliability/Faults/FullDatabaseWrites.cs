using System.Globalization;
using Cchc.V1;
using CchcGrpc.Server.SampleData;
using CchcGrpc.Tests.EndToEnd;
using CchcGrpc.Tests.Imports;
using Dapper;
using Google.Rpc;
using Grpc.Core;
using Grpc.Net.Client;
using Microsoft.Data.Sqlite;
using Xunit.Abstractions;
using Outcome = Cchc.V1.BatchResult.Types.Outcome;
using OrgUnit = CchcGrpc.Server.Domain.Units.OrgUnit;
using UnitLevel = CchcGrpc.Server.Domain.Units.UnitLevel;

namespace CchcGrpc.Tests.Reliability.Faults;

/// <summary>
/// The three kinds of write a full database must refuse cleanly, each sent until one is refused
/// (what still fits in pages the file already has is rightly accepted): imports of three new reports
/// per call, value saves that add a narrative section, and status changes (return, resubmit) of a
/// submitted demo report. Every refusal must be RESOURCE_EXHAUSTED STORAGE_FULL with its text in the
/// caller's language, and leave the report exactly as it was (the database's data_version unchanged,
/// each imported report whole or absent); reads go on; once there is room again the very same
/// writes succeed, with no restart.
/// </summary>
public sealed class FullDatabaseWrites(GrpcChannel channel, IReadOnlyDictionary<string, string> tokens, string databasePath, ITestOutputHelper output) : IDisposable
{
    private const string Operator = "op." + SeededDatabase.Unit;
    private const string Reviewer = "rv.daknong";
    private const string Importer = "svc.import";
    public const string Draft = "reports/" + SeededDatabase.Unit + "/2019";

    private static readonly string Paragraph = string.Concat(Enumerable.Repeat(
        "Đơn vị đã rà soát toàn bộ thủ tục hành chính, niêm yết công khai đầy đủ và tiếp nhận hồ sơ trực tuyến đúng quy định. ", 24));

    private readonly List<OrgUnit> _importUnits = [.. SampleOrganisation.Load().Units.Where(u => u.Level != UnitLevel.Province && u.Code != SeededDatabase.Unit)];
    private SqliteConnection? _watch;
    private int _imports;
    private int _attempts;
    private string _submitted = "";

    /// <summary>Refusals seen, by write kind (the table of the test).</summary>
    public Dictionary<string, (int Accepted, int Refused)> Counts { get; } = new(StringComparer.Ordinal);

    /// <summary>While there is room: the operator's draft to edit, and a submitted demo report of the unit to move.</summary>
    public async Task PrepareAsync()
    {
        var draft = await CallAsync(Operator, Rpc.UpdateValues, new UpdateReportValuesRequest
        {
            Name = Draft, BaseRevision = 0, Narrative = { new NarrativeSection { Key = "I", Heading = "Kết quả", Body = Paragraph } },
        });
        Assert.Equal(1, draft.Report.Revision);
        var listed = await CallAsync(Operator, Rpc.ListReports, new ListReportsRequest
        {
            UnitCode = SeededDatabase.Unit, Statuses = { ReportStatus.Submitted }, PageSize = 10,
        });
        _submitted = Assert.Single(listed.Reports.Take(1)).Name;
    }

    /// <summary>Imports of three new reports a call until one is refused; returns the refused call's batches.</summary>
    public async Task<IReadOnlyList<ImportBatch>> ImportUntilRefusedAsync(int limit)
    {
        for (var n = 0; n < limit; n++)
        {
            var batches = Enumerable.Range(0, 3).Select(_ => NextImport()).ToList();
            var language = NextLanguage();
            try
            {
                var result = await ImportAsync(batches, language);
                Assert.All(result.Batches, b => Assert.Equal(Outcome.Applied, b.Outcome));
                Count("ImportValues", refused: false);
            }
            catch (RpcException error)
            {
                AssertStorageFull(error, language, "ImportValues");
                // Batches are atomic; those committed before the refusal stay (a resend replays them).
                foreach (var batch in batches)
                {
                    Assert.True(ImportedWhole(batch) is null or true, $"{batch.UnitCode}/{batch.PeriodId} is half imported");
                }
                Count("ImportValues", refused: true);
                return batches;
            }
        }
        throw new Xunit.Sdk.XunitException($"{limit} import calls and none refused: the database still grows");
    }

    /// <summary>Saves adding a narrative section to the draft until one is refused; returns the refused request.</summary>
    public async Task<UpdateReportValuesRequest> EditUntilRefusedAsync(int limit)
    {
        for (var n = 0; n < limit; n++)
        {
            var before = await CallAsync(Operator, Rpc.GetReport, new GetReportRequest { Name = Draft });
            var request = new UpdateReportValuesRequest
            {
                Name = Draft, BaseRevision = before.Revision,
                Narrative = { new NarrativeSection { Key = $"PL.{n + 1}", Heading = $"Phụ lục {n + 1}", Body = Paragraph } },
            };
            if (await RefusedAsync("UpdateReportValues", Draft, before, language => CallAsync(Operator, Rpc.UpdateValues, request, language)))
            {
                return request;
            }
        }
        throw new Xunit.Sdk.XunitException($"{limit} saves and none refused: the database still grows");
    }

    /// <summary>Returns and resubmissions of the submitted report until one is refused; returns how to send it again.</summary>
    public async Task<Func<Task<Report>>> ChangeStatusUntilRefusedAsync(int limit)
    {
        for (var n = 0; n < limit; n++)
        {
            var before = await CallAsync(Operator, Rpc.GetReport, new GetReportRequest { Name = _submitted });
            Func<string?, Task<Report>> change = before.Status == ReportStatus.Returned
                ? language => CallAsync(Operator, Rpc.Submit, new ChangeReportStatusRequest { Name = _submitted, BaseRevision = before.Revision }, language)
                : language => CallAsync(Reviewer, Rpc.Return, new ChangeReportStatusRequest { Name = _submitted, BaseRevision = before.Revision, Comment = $"Đề nghị bổ sung lần {n + 1}" }, language);
            if (await RefusedAsync(before.Status == ReportStatus.Returned ? "SubmitReport" : "ReturnReport", _submitted, before, change))
            {
                return () => change(null);
            }
        }
        throw new Xunit.Sdk.XunitException($"{limit} status changes and none refused: the database still grows");
    }

    /// <summary>While nothing can be written: reading a report, a list and a roll-up still work.</summary>
    public async Task ReadsGoOnAsync()
    {
        Assert.Equal(Draft, (await CallAsync(Operator, Rpc.GetReport, new GetReportRequest { Name = Draft })).Name);
        Assert.NotEmpty((await CallAsync(Reviewer, Rpc.ListReports, new ListReportsRequest { UnitCode = "67", IncludeSubtree = true, PageSize = 50 })).Reports);
        Assert.NotEmpty((await CallAsync(Reviewer, Rpc.RollUp, new RollUpRequest { UnitCode = "67", PeriodId = "2024" })).Values);
        // Signing in stores a token: it fits in a page the file has, or it is refused like any write.
        try
        {
            await channel.UnaryCall(Rpc.Login, new LoginRequest { UserName = Operator, Password = "mat-khau-soak-" + Operator }).ResponseAsync;
            Count("Login", refused: false);
        }
        catch (RpcException error)
        {
            AssertStorageFull(error, null, "Login");
            Count("Login", refused: true);
        }
    }

    /// <summary>The refused writes sent again once there is room: each succeeds at the first attempt.</summary>
    public async Task RefusedWritesSucceedAsync(IReadOnlyList<ImportBatch> import, UpdateReportValuesRequest edit, Func<Task<Report>> statusChange)
    {
        var result = await ImportAsync(import, null);
        // Committed before the refusal: replayed by key, not applied twice.
        Assert.All(result.Batches, b => Assert.True(b.Outcome is Outcome.Applied or Outcome.Replayed, $"{b.IdempotencyKey}: {b.Outcome} {b.Message}"));
        Assert.All(import, b => Assert.True(ImportedWhole(b), $"{b.UnitCode}/{b.PeriodId} not imported whole"));
        var saved = await CallAsync(Operator, Rpc.UpdateValues, edit);
        Assert.Equal(edit.BaseRevision + 1, saved.Report.Revision);
        Assert.Contains(saved.Report.Narrative, s => s.Key == edit.Narrative[0].Key);
        var before = await CallAsync(Operator, Rpc.GetReport, new GetReportRequest { Name = _submitted });
        Assert.Equal(before.Revision + 1, (await statusChange()).Revision);
    }

    /// <summary>The file as a whole: integrity_check ok, and every report's revision is its last audited one.</summary>
    public void AssertConsistent()
    {
        using var connection = ReadOnly();
        Assert.Equal("ok", connection.ExecuteScalar<string>("PRAGMA integrity_check"));
        var halfWritten = connection.Query<string>(
            """
            SELECT u.code || '/' || r.period_id || ': revision ' || r.revision || ', last audited ' || MAX(e.revision)
            FROM reports r JOIN units u ON u.id = r.unit_id JOIN report_events e ON e.report_id = r.id
            GROUP BY r.id HAVING MAX(e.revision) <> r.revision
            """).ToList();
        Assert.Empty(halfWritten);
    }

    public void Dispose() => _watch?.Dispose();

    private async Task<bool> RefusedAsync<T>(string what, string name, Report before, Func<string?, Task<T>> write)
    {
        var version = DataVersion();
        var language = NextLanguage();
        try
        {
            await write(language);
            Count(what, refused: false);
            return false;
        }
        catch (RpcException error)
        {
            AssertStorageFull(error, language, what);
            // Nothing of it was written: no commit at all, and the report as it was, to the last field.
            Assert.Equal(version, DataVersion());
            Assert.Equal(before, await CallAsync(Operator, Rpc.GetReport, new GetReportRequest { Name = name }));
            Count(what, refused: true);
            return true;
        }
    }

    private void AssertStorageFull(RpcException error, string? language, string what)
    {
        output.WriteLine($"{what} refused ({language ?? "vi"}): {error.StatusCode} {error.Reason()} \"{error.Detail<LocalizedMessage>()?.Message}\"");
        Assert.Equal((StatusCode.ResourceExhausted, "STORAGE_FULL"), (error.StatusCode, error.Reason()));
        var text = error.Detail<LocalizedMessage>();
        Assert.NotNull(text);
        Assert.Equal(language ?? "vi", text.Locale);
        Assert.Contains(language == "en" ? "no room left" : "hết chỗ", text.Message, StringComparison.Ordinal);
    }

    /// <summary>True: all the batch's rows are there; null: the report does not exist; false: some are missing.</summary>
    private bool? ImportedWhole(ImportBatch batch)
    {
        using var connection = ReadOnly();
        var values = connection.ExecuteScalar<long?>(
            "SELECT (SELECT COUNT(*) FROM report_values v WHERE v.report_id = r.id AND v.derived = 0) FROM reports r JOIN units u ON u.id = r.unit_id WHERE u.code = @UnitCode AND r.period_id = @PeriodId",
            new { batch.UnitCode, batch.PeriodId });
        return values is null ? null : values == batch.Rows.Count;
    }

    private ImportBatch NextImport()
    {
        var n = _imports++;
        var unit = _importUnits[n % _importUnits.Count];
        // 1990-2009: no demo report there.
        var period = (1990 + n / _importUnits.Count % 20).ToString(CultureInfo.InvariantCulture);
        return GeneratedImport.Batch(unit, period, $"full-{unit.Code}-{period}");
    }

    private async Task<ImportResult> ImportAsync(IReadOnlyList<ImportBatch> batches, string? language)
    {
        using var call = channel.ClientStreamingCall(Rpc.ImportValues, CallHelpers.Bearer(tokens[Importer], language));
        foreach (var batch in batches)
        {
            await call.RequestStream.WriteAsync(batch);
        }
        await call.RequestStream.CompleteAsync();
        return await call.ResponseAsync;
    }

    private Task<TResponse> CallAsync<TRequest, TResponse>(string user, Method<TRequest, TResponse> method, TRequest request, string? language = null)
        where TRequest : class
        where TResponse : class =>
        channel.UnaryCall(method, request, CallHelpers.Bearer(tokens[user], language)).ResponseAsync;

    // Every other refusal is asked for in English: the text follows the caller's language.
    private string? NextLanguage() => _attempts++ % 2 == 0 ? null : "en";

    private void Count(string what, bool refused)
    {
        var (accepted, refusals) = Counts.GetValueOrDefault(what);
        Counts[what] = refused ? (accepted, refusals + 1) : (accepted + 1, refusals);
    }

    /// <summary>SQLite's data_version on the test's own connection: it changes exactly when another connection committed.</summary>
    private long DataVersion()
    {
        if (_watch is null)
        {
            _watch = ReadOnly();
        }
        return _watch.ExecuteScalar<long>("PRAGMA data_version");
    }

    private SqliteConnection ReadOnly()
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databasePath, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }
}
