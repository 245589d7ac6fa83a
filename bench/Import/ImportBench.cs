using System.Diagnostics;
using System.Globalization;
using System.Text;
using Cchc.V1;
using CchcGrpc.Bench.Infrastructure;
using CchcGrpc.Server.Store;
using Grpc.Core;
using Grpc.Net.Client;
using Microsoft.Data.Sqlite;

namespace CchcGrpc.Bench.Import;

/// <summary>
/// Imports N generated values over cchc.v1.Imports/ImportValues into a fresh database, the server a
/// separate process (the built cchc-server.dll), and compares with the ceiling: the same rows
/// inserted into the same report_values schema in one transaction with one prepared statement.
/// </summary>
public static class ImportBench
{
    public static async Task<int> RunAsync(string[] args)
    {
        var values = 1_000_000;
        var rounds = 3;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--server-dll" && i + 1 < args.Length)
            {
                // e.g. a ReadyToRun publish: dotnet publish server -c Release -r linux-x64 -p:PublishReadyToRun=true -o DIR
                CchcServerProcess.ServerDllOverride = Path.GetFullPath(args[++i]);
            }
            else if (args[i] == "--rounds")
            {
                if (i + 1 >= args.Length || !int.TryParse(args[++i], NumberStyles.None, CultureInfo.InvariantCulture, out rounds) || rounds < 1)
                {
                    throw new BenchFailure("--rounds needs a whole number of at least 1.");
                }
            }
            else if (!int.TryParse(args[i], NumberStyles.None, CultureInfo.InvariantCulture, out values))
            {
                throw new BenchFailure($"import takes [values] [--rounds N] [--server-dll PATH]; '{args[i]}' is none of these.");
            }
        }
        var folder = Path.Combine(Path.GetTempPath(), "cchc-bench-import-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        try
        {
            // Ceiling and import alternate, each on a fresh file, so a drift of the shared machine
            // touches both sides of every ratio alike; the round with the median ratio is reported.
            // The client's own JIT (this process) settles on a throwaway server first, so the first
            // round's client does not recompile its hot paths while it is measured; each measured
            // server is a fresh process on a fresh file, its JIT and all.
            await OverRpcAsync(Path.Combine(folder, "warm-up.db"), Math.Min(values, 50_000));
            var runs = new List<ImportRound>();
            for (var round = 1; round <= rounds; round++)
            {
                var ceiling = Ceiling(Path.Combine(folder, $"ceiling-{round}.db"), values);
                // The client's peak is measured over its import alone: the ceiling's row list is let go first.
                GC.Collect();
                ResetPeak();
                var rpc = await OverRpcAsync(Path.Combine(folder, $"cchc-{round}.db"), values);
                runs.Add(new ImportRound(round, ceiling, rpc));
                Console.Error.WriteLine($"round {round}: ceiling {Rate(values, ceiling)}/s, import {Rate(values, rpc.Elapsed)}/s, {ceiling / rpc.Elapsed:P0}");
            }
            var report = Report(values, runs);
            Console.WriteLine(report);
            var results = Path.Combine(CchcServerProcess.RepositoryRoot, "bench", "results");
            Directory.CreateDirectory(results);
            await File.WriteAllTextAsync(Path.Combine(results, "import.md"), report);
            return 0;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string Rate(int n, TimeSpan t) => (n / t.TotalSeconds).ToString("N0", CultureInfo.InvariantCulture);

    private static TimeSpan Ceiling(string path, int values)
    {
        Database.Open(path, TimeProvider.System); // the same migrations, so the same report_values table and index
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using (var pragma = connection.CreateCommand())
        {
            pragma.CommandText = "PRAGMA foreign_keys = OFF; PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;";
            pragma.ExecuteNonQuery();
        }
        var ids = new Dictionary<string, long>(StringComparer.Ordinal);
        var rows = BenchBatches.Generate(values).SelectMany((b, n) => b.Rows.Select(r => (Report: n + 1L, r.Indicator, r.RawValue))).ToList();
        var clock = Stopwatch.StartNew();
        using var transaction = connection.BeginTransaction();
        using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = "INSERT INTO report_values (report_id, indicator_id, state, number, num, text, raw_text, note, derived) VALUES ($r, $i, 1, $n, $num, NULL, $raw, NULL, 0)";
        var (report, indicator, number, num, raw) = (insert.Parameters.Add("$r", SqliteType.Integer), insert.Parameters.Add("$i", SqliteType.Integer),
            insert.Parameters.Add("$n", SqliteType.Text), insert.Parameters.Add("$num", SqliteType.Real), insert.Parameters.Add("$raw", SqliteType.Text));
        insert.Prepare();
        foreach (var row in rows)
        {
            if (!ids.TryGetValue(row.Indicator, out var id)) ids[row.Indicator] = id = ids.Count + 1;
            (report.Value, indicator.Value, number.Value, num.Value, raw.Value) = (row.Report, id, row.RawValue, 1.0, row.RawValue);
            insert.ExecuteNonQuery();
        }
        transaction.Commit();
        return clock.Elapsed;
    }

    /// <summary>Resets this process's VmHWM to its current resident size (Linux clear_refs, value 5).</summary>
    private static void ResetPeak() => File.WriteAllText("/proc/self/clear_refs", "5");

    private static async Task<RpcRun> OverRpcAsync(string database, int values)
    {
        var token = await CchcServerProcess.ServiceTokenAsync(database);
        await using var server = await CchcServerProcess.StartAsync(database);
        using var channel = GrpcChannel.ForAddress(server.Address);
        var pid = server.Process.Id;
        var cpuBefore = CpuSeconds(pid);
        var threadsBefore = ThreadCpuSeconds(pid);
        var clock = Stopwatch.StartNew();
        using var call = new Imports.ImportsClient(channel).ImportValues(new Metadata { { "authorization", "Bearer " + token } });
        foreach (var batch in BenchBatches.Generate(values))
        {
            await call.RequestStream.WriteAsync(batch);
        }
        await call.RequestStream.CompleteAsync();
        var result = await call.ResponseAsync;
        var elapsed = clock.Elapsed;
        var busiest = ThreadCpuSeconds(pid).Max(t => t.Value - threadsBefore.GetValueOrDefault(t.Key));
        return new RpcRun(elapsed, result, PeakKb(pid), PeakKb(Environment.ProcessId), CpuSeconds(pid) - cpuBefore, busiest);
    }

    private static string Report(int values, List<ImportRound> rounds)
    {
        var median = rounds.OrderBy(r => r.Ratio).ElementAt(rounds.Count / 2);
        var (ceiling, rpc) = (median.Ceiling, median.Rpc);
        var s = rpc.Result.Summary;
        var text = new StringBuilder();
        text.AppendLine("# Import benchmark (bench/Import)");
        text.AppendLine();
        text.AppendLine($"{values:N0} generated values in {s.Batches:N0} batches (one report each) over cchc.v1.Imports/ImportValues, server a separate process");
        text.AppendLine($"({Path.GetRelativePath(CchcServerProcess.RepositoryRoot, CchcServerProcess.ServerDll)}, fresh SQLite file, WAL, synchronous=NORMAL), client this process. {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores.");
        text.AppendLine($"{rounds.Count} rounds, each the ceiling then the import on fresh files; the round with the median ratio is reported in full.");
        text.AppendLine();
        text.AppendLine("| round | ceiling s | ceiling values/s | import s | import values/s | of ceiling | server CPU µs/value | busiest server thread s |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var r in rounds)
        {
            text.AppendLine($"| {r.Number}{(r == median ? " (median)" : "")} | {r.Ceiling.TotalSeconds:F2} | {Rate(values, r.Ceiling)} | {r.Rpc.Elapsed.TotalSeconds:F2} | {Rate(values, r.Rpc.Elapsed)} | {r.Ratio:P0} | {r.Rpc.ServerCpu * 1e6 / values:F1} | {r.Rpc.BusiestThreadCpu:F1} |");
        }
        text.AppendLine();
        text.AppendLine("Ceiling: raw INSERT of the same rows into the same report_values table, one transaction, one prepared statement.");
        text.AppendLine();
        text.AppendLine($"Median round: summary imported {s.Imported:N0}, updated {s.Updated:N0}, unchanged {s.Unchanged:N0}, rejected {s.Rejected:N0}, warnings {s.Warnings:N0}; listed rows {rpc.Result.Rows.Count:N0}, reports with findings {rpc.Result.Findings.Count:N0}.");
        text.AppendLine();
        text.AppendLine($"Server CPU during its import (user + system, all threads): {rpc.ServerCpu:F1} s = {rpc.ServerCpu * 1e6 / values:F1} µs per value, {rpc.ServerCpu / rpc.Elapsed.TotalSeconds:F2} cores on average; its busiest thread (the writer) {rpc.BusiestThreadCpu:F1} s.");
        text.AppendLine();
        text.AppendLine($"Peak memory (VmHWM, highest of the rounds): server {rounds.Max(r => r.Rpc.ServerPeakKb) / 1024:N0} MB, client {rounds.Max(r => r.Rpc.ClientPeakKb) / 1024:N0} MB (over its import only; the batches are generated as they are sent).");
        return text.ToString();
    }

    private sealed record RpcRun(TimeSpan Elapsed, ImportResult Result, long ServerPeakKb, long ClientPeakKb, double ServerCpu, double BusiestThreadCpu);

    private sealed record ImportRound(int Number, TimeSpan Ceiling, RpcRun Rpc)
    {
        public double Ratio => Ceiling / Rpc.Elapsed;
    }

    /// <summary>utime + stime of each thread of a process, from /proc (clock ticks of 1/100 s).</summary>
    private static Dictionary<string, double> ThreadCpuSeconds(int pid) =>
        Directory.GetDirectories($"/proc/{pid}/task").ToDictionary(t => Path.GetFileName(t)!, t => StatSeconds(File.ReadAllText(Path.Combine(t, "stat"))));

    private static double StatSeconds(string stat)
    {
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / 100.0;
    }

    /// <summary>utime + stime of a process, from /proc (clock ticks of 1/100 s).</summary>
    private static double CpuSeconds(int pid) => StatSeconds(File.ReadAllText($"/proc/{pid}/stat"));

    private static long PeakKb(int pid)
    {
        var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
    }
}
