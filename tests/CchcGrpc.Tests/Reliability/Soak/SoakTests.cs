using System.Diagnostics;
using CchcGrpc.Server.SampleData;
using CchcGrpc.Tests.Imports;
using Dapper;
using Grpc.Core;
using Grpc.Net.Client;
using Microsoft.Data.Sqlite;
using Xunit.Abstractions;
using UnitLevel = CchcGrpc.Server.Domain.Units.UnitLevel;

namespace CchcGrpc.Tests.Reliability.Soak;

/// <summary>
/// Fifty clients against a separate server process for 20 s (60 s in the long form): every write
/// the server acknowledged is in the database exactly once — its revision in the audit trail, its
/// value in the report, no revision that nobody was told of — conflicts end as ABORTED and nothing
/// else, and the server's memory and open handles are as stable at the end as midway.
/// </summary>
[Collection("server processes")]
public sealed class SoakTests(ITestOutputHelper output) : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("cchc-soak-");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _folder.Delete(recursive: true);
    }

    [Fact]
    public Task Fifty_clients_for_twenty_seconds_lose_nothing_apply_nothing_twice_and_fail_only_with_ABORTED() =>
        RunAsync(clients: 50, TimeSpan.FromSeconds(20), "reliability-soak-short.md");

    [LongFact]
    public Task Long_form_fifty_clients_for_sixty_seconds() => RunAsync(clients: 50, TimeSpan.FromSeconds(60), "reliability-soak.md");

    private async Task RunAsync(int clients, TimeSpan duration, string resultsFile)
    {
        var database = Path.Combine(_folder.FullName, "cchc.db");
        using var server = await ServerProcess.StartAsync(["--listen", $"127.0.0.1:{ServerProcess.FreePort()}", "--db", database, "--Logging:LogLevel:CchcGrpc.Server.Wire.CallLog=Warning"]);
        var units = SampleOrganisation.Load().Units
            .Where(u => u.Code.StartsWith("67.", StringComparison.Ordinal) && u.Level is UnitLevel.District or UnitLevel.Commune && u.ValidFrom <= new DateOnly(2012, 1, 1))
            .Select(u => u.Code).Take(12).ToList();
        var tokens = await SoakAccounts.CreateAsync(database, units);
        var channels = Enumerable.Range(0, 5).Select(_ => GrpcChannel.ForAddress(server.Address)).ToList();
        var ledger = new SoakLedger();
        var workload = new SoakWorkload(channels, tokens, units, ledger);

        var start = ServerProbe.Of(server.ProcessId);
        var clock = Stopwatch.StartNew();
        var running = workload.RunAsync(clients, duration);
        await Task.Delay(duration / 4);
        var mid = ServerProbe.Of(server.ProcessId);
        await running;
        clock.Stop();
        channels.ForEach(c => c.Dispose());
        await Task.Delay(500);
        var end = ServerProbe.Of(server.ProcessId);

        var problems = Verify(database, ledger, workload);
        var calls = ledger.Calls;
        var ordered = calls.Select(c => c.Milliseconds).Order().ToArray();
        double Percentile(double p) => ordered.Length == 0 ? 0 : ordered[(int)Math.Min(ordered.Length - 1, p * ordered.Length)];
        var table = new ResultsTable($"Soak: {clients} clients, {duration.TotalSeconds:0} s, one server process ({units.Count} units edited by an owner and a rival each, {SoakWorkload.Reviewers} reviewers, {SoakWorkload.Importers} importers, readers)",
            "calls", "calls/s", "OK", "ABORTED", "submissions refused for findings", "other errors", "acknowledged writes", "p50 ms", "p99 ms", "RSS MiB start / mid / end", "fds start / mid / end");
        table.Row(calls.Count, calls.Count / clock.Elapsed.TotalSeconds, calls.Count(c => c.Code == StatusCode.OK), calls.Count(c => c.Code == StatusCode.Aborted),
            calls.Count(c => c.Code == StatusCode.FailedPrecondition), calls.Count(c => c.Code is not (StatusCode.OK or StatusCode.Aborted or StatusCode.FailedPrecondition)), ledger.Writes.Count, Percentile(0.5), Percentile(0.99),
            $"{start.RssMiB} / {mid.RssMiB} / {end.RssMiB}", $"{start.Handles} / {mid.Handles} / {end.Handles}");
        table.Note("Calls by method: " + string.Join(", ", calls.GroupBy(c => c.Method).OrderBy(g => g.Key).Select(g => $"{g.Key} {g.Count()} (p99 {g.Select(c => c.Milliseconds).Order().ElementAt((int)(0.99 * (g.Count() - 1))):0} ms)")) + ".");
        table.Note("Writes acknowledged: " + string.Join(", ", ledger.Writes.GroupBy(w => w.What).Select(g => $"{g.Key} {g.Count()}")) + $"; checked against the database: {problems.Count} problems.");
        table.Publish(output, resultsFile);
        output.WriteLine(string.Join('\n', ledger.Unexpected.Concat(problems).Take(30)));

        Assert.Empty(ledger.Unexpected);
        Assert.DoesNotContain(calls, c => c.Code == StatusCode.FailedPrecondition && c.Method != "SubmitReport");
        Assert.Empty(problems);
        Assert.Contains(calls, c => c.Code == StatusCode.Aborted);
        Assert.Contains(ledger.Writes, w => w.What == "approve");
        Assert.Contains(ledger.Writes, w => w.What == "return");
        Assert.InRange(end.Handles, 0, mid.Handles + 32);
        Assert.InRange(end.RssMiB, 0, mid.RssMiB * 3 / 2 + 64);
    }

    /// <summary>Every acknowledged write against the database, read with a connection of the test's own.</summary>
    private static List<string> Verify(string database, SoakLedger ledger, SoakWorkload workload)
    {
        var problems = new List<string>();
        using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
        connection.Open();
        if (connection.ExecuteScalar<string>("PRAGMA integrity_check") != "ok")
        {
            problems.Add("integrity_check failed");
        }
        var edited = workload.EditedReports.ToHashSet();
        foreach (var report in ledger.Writes.GroupBy(w => w.Report))
        {
            var parts = report.Key.Split('/');
            var row = connection.QuerySingleOrDefault<(long Id, long Revision)>(
                "SELECT r.id, r.revision FROM reports r JOIN units u ON u.id = r.unit_id WHERE u.code = @unit AND r.period_id = @period", new { unit = parts[1], period = parts[2] });
            if (row.Id == 0)
            {
                problems.Add($"{report.Key}: acknowledged but not in the database");
                continue;
            }
            var acknowledged = report.Select(w => w.Revision).ToList();
            if (acknowledged.Distinct().Count() != acknowledged.Count)
            {
                problems.Add($"{report.Key}: two acknowledgements of one revision");
            }
            var audited = connection.Query<long>("SELECT DISTINCT revision FROM report_events WHERE report_id = @id", new { id = row.Id }).ToHashSet();
            if (!audited.IsSupersetOf(acknowledged))
            {
                problems.Add($"{report.Key}: revisions {string.Join(',', acknowledged.Except(audited))} acknowledged but not in the audit trail");
            }
            if (edited.Contains(report.Key) && !audited.SetEquals(acknowledged))
            {
                problems.Add($"{report.Key}: revisions {string.Join(',', audited.Except(acknowledged))} in the audit trail that nobody was told of");
            }
            if (row.Revision != acknowledged.Max())
            {
                problems.Add($"{report.Key}: revision {row.Revision} in the database, {acknowledged.Max()} acknowledged last");
            }
            foreach (var last in report.Where(w => w.What == "edit").GroupBy(w => w.Indicator).Select(g => g.MaxBy(w => w.Revision)))
            {
                var stored = connection.ExecuteScalar<string>("SELECT v.raw_text FROM report_values v JOIN indicators i ON i.id = v.indicator_id WHERE v.report_id = @id AND i.key = @key", new { id = row.Id, key = last.Indicator });
                if (stored != last.Raw)
                {
                    problems.Add($"{report.Key} {last.Indicator}: '{stored}' stored, '{last.Raw}' acknowledged last (revision {last.Revision})");
                }
            }
            foreach (var import in report.Where(w => w.What == "import" && w.Raw is not null))
            {
                var values = connection.ExecuteScalar<long>("SELECT COUNT(*) FROM report_values WHERE report_id = @id AND derived = 0", new { id = row.Id });
                if (values != long.Parse(import.Raw!, System.Globalization.CultureInfo.InvariantCulture))
                {
                    problems.Add($"{report.Key}: {values} values stored, {import.Raw} imported");
                }
            }
        }
        return problems;
    }
}
