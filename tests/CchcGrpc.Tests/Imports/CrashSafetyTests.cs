using Cchc.V1;
using Microsoft.Data.Sqlite;
using Outcome = Cchc.V1.BatchResult.Types.Outcome;
using CchcGrpc.Tests.EndToEnd;
using Grpc.Net.Client;
using Grpc.Core;

namespace CchcGrpc.Tests.Imports;

/// <summary>
/// A server killed with SIGKILL in the middle of a large import leaves a sound database in which
/// every report is either fully imported or absent, and sending the import again completes it.
/// </summary>
public sealed class CrashSafetyTests : IDisposable
{
    private const int Reports = 300;
    private static readonly Method<ImportBatch, ImportResult> Import = EndToEnd.Rpc.ImportValues;
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "cchc-crash-" + Guid.NewGuid().ToString("N")[..8]);

    private string Database => Path.Combine(_folder, "cchc.db");

    [Fact]
    public async Task A_server_killed_mid_import_keeps_each_report_whole_and_the_rerun_completes_it_exactly()
    {
        Directory.CreateDirectory(_folder);
        await ServerProcess.VerbAsync(Database, "", "user", "add", "svc.import", "--role", "service");
        var token = await ServerProcess.VerbAsync(Database, "", "token", "create", "--user", "svc.import", "--expires", "1d");

        using (var server = await ServerProcess.StartAsync(Database))
        {
            using var channel = GrpcChannel.ForAddress(server.Address);
            using var call = channel.ClientStreamingCall(Import, ImportServer.As(token));
            var sending = Task.Run(async () =>
            {
                foreach (var batch in GeneratedImport.Batches(Reports, "crash"))
                {
                    await call.RequestStream.WriteAsync(batch);
                }
            });
            while (Count("SELECT COUNT(*) FROM import_batches") < 30)
            {
                await Task.Delay(5);
            }
            server.Kill();
            await Assert.ThrowsAnyAsync<Exception>(() => Task.WhenAll(sending, call.ResponseAsync));
        }

        Assert.Equal("ok", Scalar("PRAGMA integrity_check"));
        var applied = Count("SELECT COUNT(*) FROM import_batches");
        var afterCrash = ValuesPerReport();
        var appliedKeys = Keys();
        Assert.InRange(applied, 30, Reports - 1);
        Assert.Equal(applied, afterCrash.Count);

        using (var server = await ServerProcess.StartAsync(Database))
        {
            using var channel = GrpcChannel.ForAddress(server.Address);
            using var call = channel.ClientStreamingCall(Import, ImportServer.As(token));
            foreach (var batch in GeneratedImport.Batches(Reports, "crash"))
            {
                await call.RequestStream.WriteAsync(batch);
            }
            await call.RequestStream.CompleteAsync();
            var rerun = await call.ResponseAsync;

            Assert.Equal((Reports, applied), (rerun.Summary.Batches, rerun.Summary.ReplayedBatches));
            Assert.Equal(Reports - applied, rerun.Batches.Count(b => b.Outcome == Outcome.Applied));
            Assert.Equal(GeneratedImport.Batches(Reports, "crash").Where(b => !appliedKeys.Contains(b.IdempotencyKey)).Sum(b => b.Rows.Count), rerun.Summary.Imported);
        }

        var final = ValuesPerReport();
        Assert.Equal(Reports, final.Count);
        // Reports present after the crash were complete: the rerun did not have to add a single value to them.
        Assert.All(afterCrash, r => Assert.Equal(final[r.Key], r.Value));
        Assert.Equal(GeneratedImport.Batches(Reports, "crash").Sum(b => b.Rows.Count), Count("SELECT COUNT(*) FROM report_values v JOIN reports r ON r.id = v.report_id WHERE v.derived = 0 AND r.period_id < '2020'"));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // The OS cleans temp.
        }
    }

    private HashSet<string> Keys()
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT idempotency_key FROM import_batches";
        using var reader = command.ExecuteReader();
        var keys = new HashSet<string>();
        while (reader.Read()) keys.Add(reader.GetString(0));
        return keys;
    }

    private Dictionary<string, long> ValuesPerReport()
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT u.code || '/' || r.period_id, (SELECT COUNT(*) FROM report_values v WHERE v.report_id = r.id)
            FROM reports r JOIN units u ON u.id = r.unit_id WHERE r.period_id < '2020'
            """;
        using var reader = command.ExecuteReader();
        var counts = new Dictionary<string, long>();
        while (reader.Read()) counts[reader.GetString(0)] = reader.GetInt64(1);
        return counts;
    }

    private long Count(string sql) => Convert.ToInt64(Scalar(sql), System.Globalization.CultureInfo.InvariantCulture);

    private object Scalar(string sql)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar()!;
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection($"Data Source={Database};Pooling=False");
        connection.Open();
        return connection;
    }
}
