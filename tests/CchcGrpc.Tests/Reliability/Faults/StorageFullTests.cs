using System.Diagnostics;
using Cchc.V1;
using CchcGrpc.Tests.EndToEnd;
using CchcGrpc.Tests.Imports;
using Dapper;
using Grpc.Net.Client;
using Microsoft.Data.Sqlite;
using Xunit.Abstractions;

namespace CchcGrpc.Tests.Reliability.Faults;

/// <summary>
/// A database that cannot grow, on a server process: because the operator's quota
/// (Storage:MaxDatabaseMiB in appsettings.json) is reached, and because the filesystem under it is
/// full to the last byte. Imports, value saves and status changes are refused with
/// RESOURCE_EXHAUSTED STORAGE_FULL and write nothing; reads go on; the file stays sound; and when
/// room returns (the quota raised in appsettings.json, the disk freed) the same writes succeed
/// without a restart. See <see cref="FullDatabaseWrites"/> for what each step checks.
/// </summary>
[Collection("server processes")]
public sealed class StorageFullTests(SeededDatabase seeded, ITestOutputHelper output) : IClassFixture<SeededDatabase>, IDisposable
{
    private const int Limit = 400;
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("cchc-full-");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _folder.Delete(recursive: true);
    }

    [Fact]
    public async Task At_its_size_quota_the_database_refuses_writes_with_STORAGE_FULL_and_takes_them_again_when_the_quota_is_raised()
    {
        var database = Path.Combine(_folder.FullName, "cchc.db");
        seeded.CopyTo(database);
        var settings = Path.Combine(_folder.FullName, "appsettings.json");
        await File.WriteAllTextAsync(settings, """{ "Storage": { "MaxDatabaseMiB": 1024 } }""");
        using var server = await StartAsync(database);
        using var channel = GrpcChannel.ForAddress(server.Address);
        using var writes = new FullDatabaseWrites(channel, seeded.Tokens, database, output);
        await writes.PrepareAsync();

        // The operator lowers the quota to what the file holds (rounded up to a MiB) while the server runs.
        var quota = (int)Math.Ceiling(SizeBytes(database) / (1024.0 * 1024));
        await SetQuotaAsync(server, settings, quota);

        var import = await writes.ImportUntilRefusedAsync(Limit);
        var edit = await writes.EditUntilRefusedAsync(Limit);
        var status = await writes.ChangeStatusUntilRefusedAsync(Limit);
        await writes.ReadsGoOnAsync();
        writes.AssertConsistent();
        Assert.InRange(SizeBytes(database), 0, quota * 1024L * 1024);
        Assert.Contains(server.Output, l => l.Contains("the database cannot grow", StringComparison.Ordinal));

        // Raised in appsettings.json: the server re-reads it; no restart.
        await SetQuotaAsync(server, settings, quota + 16);
        await writes.RefusedWritesSucceedAsync(import, edit, status);
        writes.AssertConsistent();
        Assert.False(server.HasExited);
        Report("quota", writes, $"quota {quota} MiB, then {quota + 16} MiB");
    }

    [TmpfsFact]
    public async Task On_a_full_filesystem_writes_are_refused_with_STORAGE_FULL_and_succeed_again_once_space_is_freed()
    {
        using var filesystem = SmallFilesystem.Mount(megabytes: 16);
        var database = Path.Combine(filesystem.Path, "cchc.db");
        seeded.CopyTo(database);
        FullDatabaseWrites? writes = null;
        try
        {
            using var server = await StartAsync(database);
            using var channel = GrpcChannel.ForAddress(server.Address);
            writes = new FullDatabaseWrites(channel, seeded.Tokens, database, output);
            await writes.PrepareAsync();

            // Fold the write-ahead log into the file and empty it, so that the next write needs new
            // space for its log frames; then take every byte that is left.
            using (var connection = new SqliteConnection($"Data Source={database};Pooling=False"))
            {
                connection.Open();
                Assert.Equal(0, connection.QuerySingle<(long Busy, long Log, long Checkpointed)>("PRAGMA wal_checkpoint(TRUNCATE)").Busy);
            }
            var filled = filesystem.Fill();
            output.WriteLine($"filled {filled / 1024} KiB; {filesystem.FreeBytes} bytes free");

            var import = await writes.ImportUntilRefusedAsync(Limit);
            var edit = await writes.EditUntilRefusedAsync(Limit);
            var status = await writes.ChangeStatusUntilRefusedAsync(Limit);
            await writes.ReadsGoOnAsync();
            writes.AssertConsistent();

            filesystem.Free();
            await writes.RefusedWritesSucceedAsync(import, edit, status);
            writes.AssertConsistent();
            Assert.False(server.HasExited);
            Report("tmpfs", writes, $"16 MiB tmpfs, {filled / 1024} KiB filler");

            // Stopped while the disk is full again: the shutdown checkpoint cannot grow the file. It
            // ended with a critical log line and a stack trace, and left the pool open; now the log is
            // kept, said so, and replayed at the next start, with the writes acknowledged before.
            filesystem.Fill();
            server.Terminate();
            Assert.True(await server.WaitForExitAsync(TimeSpan.FromSeconds(30)));
            Assert.Equal(0, server.ExitCode);
            Assert.DoesNotContain(server.Output, l => l.Contains("crit:", StringComparison.Ordinal) || l.Contains("fail:", StringComparison.Ordinal));
            Assert.Contains(server.Output, l => l.Contains("could not be folded into it", StringComparison.Ordinal));
            filesystem.Free();
            using var restarted = await StartAsync(database);
            using var again = GrpcChannel.ForAddress(restarted.Address);
            var draft = await again.UnaryCall(Rpc.GetReport, new GetReportRequest { Name = FullDatabaseWrites.Draft }, CallHelpers.Bearer(seeded.Tokens["op." + SeededDatabase.Unit])).ResponseAsync;
            Assert.Equal(edit.BaseRevision + 1, draft.Revision);
            Assert.Contains(draft.Narrative, s => s.Key == edit.Narrative[0].Key);
            writes.AssertConsistent();
        }
        finally
        {
            writes?.Dispose();
            SqliteConnection.ClearAllPools();
        }
    }

    private static async Task<ServerProcess> StartAsync(string database) =>
        await ServerProcess.StartAsync(
            ["--listen", $"127.0.0.1:{ServerProcess.FreePort()}", "--db", database, "--Logging:LogLevel:CchcGrpc.Server.Wire.CallLog=Warning"],
            workingDirectory: Path.GetDirectoryName(database));

    /// <summary>Rewrites appsettings.json and waits until the server says it applied the quota.</summary>
    private async Task SetQuotaAsync(ServerProcess server, string settings, int mib)
    {
        await File.WriteAllTextAsync(settings, $$"""{ "Storage": { "MaxDatabaseMiB": {{mib}} } }""");
        var clock = Stopwatch.StartNew();
        var said = $"may grow to {mib} MiB";
        while (!server.Output.Any(l => l.Contains(said, StringComparison.Ordinal)))
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"the server did not apply the quota of {mib} MiB within 30 s:\n{string.Join('\n', server.Output.TakeLast(20))}");
            await Task.Delay(50);
        }
        output.WriteLine($"quota {mib} MiB applied after {clock.ElapsedMilliseconds} ms");
    }

    private static long SizeBytes(string database)
    {
        using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
        connection.Open();
        return connection.ExecuteScalar<long>("PRAGMA page_count") * connection.ExecuteScalar<long>("PRAGMA page_size");
    }

    private void Report(string what, FullDatabaseWrites writes, string how)
    {
        output.WriteLine($"{what} ({how}): " + string.Join(", ", writes.Counts.Select(c => $"{c.Key} {c.Value.Accepted} accepted, {c.Value.Refused} refused")));
    }
}
