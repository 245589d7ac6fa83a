using System.Diagnostics;
using CchcGrpc.Server.SampleData;
using CchcGrpc.Tests.Imports;
using CchcGrpc.Tests.Reliability.Soak;
using Dapper;
using Grpc.Core;
using Grpc.Net.Client;
using Microsoft.Data.Sqlite;
using Xunit.Abstractions;
using UnitLevel = CchcGrpc.Server.Domain.Units.UnitLevel;

namespace CchcGrpc.Tests.Reliability.Faults;

/// <summary>
/// The server process killed with SIGKILL at random moments while thirty clients edit, submit,
/// review and import (the soak's workload), then started again on the same file, a handful of times
/// (50 in the long form). After each kill: PRAGMA integrity_check is ok, every write acknowledged
/// before it is in the audit trail with its value, every report's revision is its last audited one
/// (no half-written change), and every imported report holds all its rows or does not exist.
/// </summary>
[Collection("server processes")]
public sealed class KillTests(ITestOutputHelper output) : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("cchc-kill-");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _folder.Delete(recursive: true);
    }

    [Fact]
    public Task A_server_killed_at_random_moments_keeps_every_acknowledged_write_and_no_half_written_report() => RunAsync(kills: 4, seed: 5, "reliability-kills-short.md");

    [LongFact]
    public Task Long_form_fifty_kills() => RunAsync(kills: 50, seed: 55, "reliability-kills.md");

    private async Task RunAsync(int kills, int seed, string resultsFile)
    {
        var database = Path.Combine(_folder.FullName, "cchc.db");
        var random = new Random(seed);
        var units = SampleOrganisation.Load().Units
            .Where(u => u.Code.StartsWith("67.", StringComparison.Ordinal) && u.Level is UnitLevel.District or UnitLevel.Commune && u.ValidFrom <= new DateOnly(2012, 1, 1))
            .Select(u => u.Code).Take(10).ToList();
        var ledger = new SoakLedger();
        var channels = new List<GrpcChannel>();
        IReadOnlyDictionary<string, string>? tokens = null;
        SoakWorkload? workload = null;
        var problems = new List<string>();
        var restarts = new List<double>();
        var integrityOk = 0;
        for (var round = 0; round < kills; round++)
        {
            var clock = Stopwatch.StartNew();
            using var server = await ServerProcess.StartAsync(["--listen", $"127.0.0.1:{ServerProcess.FreePort()}", "--db", database, "--Logging:LogLevel:CchcGrpc.Server.Wire.CallLog=Warning"]);
            restarts.Add(clock.Elapsed.TotalMilliseconds);
            tokens ??= await SoakAccounts.CreateAsync(database, units);
            channels.ForEach(c => c.Dispose());
            channels.Clear();
            channels.AddRange(Enumerable.Range(0, 3).Select(_ => GrpcChannel.ForAddress(server.Address)));
            workload ??= new SoakWorkload(channels, tokens, units, ledger);
            workload.Round = round;

            var running = workload.RunAsync(clients: 30, TimeSpan.FromSeconds(6));
            await Task.Delay(1500 + random.Next(3000));
            server.Kill();
            workload.Stop();
            await running;

            var (ok, found) = Check(database, ledger);
            integrityOk += ok ? 1 : 0;
            problems.AddRange(found.Select(f => $"after kill {round + 1}: {f}"));
        }
        channels.ForEach(c => c.Dispose());

        var failures = ledger.Calls.Where(c => c.Code != StatusCode.OK).GroupBy(c => c.Code).OrderBy(g => g.Key).Select(g => $"{g.Key} {g.Count()}");
        var table = new ResultsTable($"Faults: SIGKILL of the server process at random moments of a 30-client workload (seed {seed})",
            "kills", "integrity_check ok", "acknowledged writes checked", "problems", "restart ms (median / max)");
        table.Row(kills, integrityOk, ledger.Writes.Count, problems.Count, $"{restarts.Order().ElementAt(restarts.Count / 2):0} / {restarts.Max():0}");
        table.Note("Acknowledged: " + string.Join(", ", ledger.Writes.GroupBy(w => w.What).Select(g => $"{g.Key} {g.Count()}")) + ". Calls that did not end OK (the kills cut them): " + string.Join(", ", failures) + ".");
        table.Publish(output, resultsFile);
        output.WriteLine(string.Join('\n', problems.Take(30)));

        Assert.Equal(kills, integrityOk);
        Assert.Empty(problems);
        Assert.DoesNotContain(ledger.Calls, c => c.Code is StatusCode.Internal or StatusCode.Unknown or StatusCode.DataLoss);
        // What got through before each kill depends on the machine's load; something always does.
        Assert.NotEmpty(ledger.Writes);
    }

    /// <summary>The file as the kill left it (opened read-only, so SQLite replays the write-ahead log as a restart would).</summary>
    private static (bool IntegrityOk, List<string> Problems) Check(string database, SoakLedger ledger)
    {
        var problems = new List<string>();
        using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
        connection.Open();
        var ok = connection.ExecuteScalar<string>("PRAGMA integrity_check") == "ok";
        // No half-written change: a report's revision is its last audited revision.
        foreach (var (id, revision, audited) in connection.Query<(long, long, long?)>("SELECT r.id, r.revision, (SELECT MAX(e.revision) FROM report_events e WHERE e.report_id = r.id) FROM reports r"))
        {
            if (audited is { } last && last != revision)
            {
                problems.Add($"report {id}: revision {revision}, last audited {last}");
            }
        }
        foreach (var write in ledger.Writes)
        {
            var parts = write.Report.Split('/');
            var id = connection.ExecuteScalar<long?>("SELECT r.id FROM reports r JOIN units u ON u.id = r.unit_id WHERE u.code = @unit AND r.period_id = @period", new { unit = parts[1], period = parts[2] });
            if (id is null || connection.ExecuteScalar<long>("SELECT COUNT(*) FROM report_events WHERE report_id = @id AND revision = @revision", new { id, revision = write.Revision }) == 0)
            {
                problems.Add($"{write.Report}: acknowledged {write.What} at revision {write.Revision} lost");
            }
        }
        // An imported report is whole: all the rows of its batch, or not there at all.
        foreach (var (unit, period, values) in connection.Query<(string, string, long)>(
            "SELECT u.code, r.period_id, (SELECT COUNT(*) FROM report_values v WHERE v.report_id = r.id AND v.derived = 0) FROM reports r JOIN units u ON u.id = r.unit_id WHERE r.period_id BETWEEN '1990' AND '2009'"))
        {
            var expected = GeneratedImport.Batch(SampleOrganisation.Load().Units.Single(u => u.Code == unit), period, "").Rows.Count;
            if (values != expected)
            {
                problems.Add($"reports/{unit}/{period}: {values} of {expected} imported values");
            }
        }
        return (ok, problems);
    }
}
