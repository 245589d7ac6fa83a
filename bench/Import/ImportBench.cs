using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Cchc.V1;
using CchcGrpc.Server.Store;
using CchcGrpc.Wire;
using CchcGrpc.Wire.Client;
using Microsoft.Data.Sqlite;

namespace CchcGrpc.Bench.Import;

/// <summary>
/// Imports N generated values over cchc.v1.Imports/ImportValues into a fresh database, the server a
/// separate process (the built cchc-server.dll), and compares with the ceiling: the same rows
/// inserted into the same report_values schema in one transaction with one prepared statement.
/// </summary>
public static class ImportBench
{
    private static string? _serverDll;

    private static string ServerDll => _serverDll ?? Path.Combine(RepositoryRoot(), "server", "bin", "Release", "net10.0", "cchc-server.dll");

    public static async Task<int> RunAsync(string[] args)
    {
        var values = 1_000_000;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--server-dll" && i + 1 < args.Length)
            {
                // e.g. a ReadyToRun publish: dotnet publish server -c Release -r linux-x64 -p:PublishReadyToRun=true -o DIR
                _serverDll = Path.GetFullPath(args[++i]);
            }
            else if (!int.TryParse(args[i], NumberStyles.None, CultureInfo.InvariantCulture, out values))
            {
                throw new BenchFailure($"import takes [values] [--server-dll PATH]; '{args[i]}' is neither.");
            }
        }
        var folder = Path.Combine(Path.GetTempPath(), "cchc-bench-import-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        try
        {
            var ceiling = Ceiling(Path.Combine(folder, "ceiling.db"), values);
            var (rpc, result, serverPeak, serverCpu) = await OverRpcAsync(Path.Combine(folder, "cchc.db"), values);
            var clientPeak = PeakKb(Environment.ProcessId);
            var report = Report(values, ceiling, rpc, result, serverPeak, clientPeak, serverCpu);
            Console.WriteLine(report);
            var results = Path.Combine(RepositoryRoot(), "bench", "results");
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

    private static async Task<(TimeSpan Elapsed, ImportResult Result, long ServerPeakKb, double ServerCpu)> OverRpcAsync(string database, int values)
    {
        await VerbAsync(database, "user", "add", "svc.bench", "--role", "service");
        var token = (await VerbAsync(database, "token", "create", "--user", "svc.bench", "--expires", "1d")).Trim();
        var port = FreePort();
        using var server = Process.Start(Info(["--listen", $"127.0.0.1:{port}", "--db", database]))!;
        try
        {
            while (await server.StandardOutput.ReadLineAsync() is { } line && !line.Contains("listening on", StringComparison.Ordinal))
            {
            }
            _ = server.StandardOutput.ReadToEndAsync();
            _ = server.StandardError.ReadToEndAsync();
            using var channel = GrpcChannel.ForAddress($"http://127.0.0.1:{port}");
            var method = Method<ImportBatch, ImportResult>.From(ImportsReflection.Descriptor.Services[0].Methods[0]);
            var cpuBefore = CpuSeconds(server.Id);
            var clock = Stopwatch.StartNew();
            using var call = channel.ClientStreamingCall(method, new CallOptions(new Metadata().Add("authorization", "Bearer " + token)));
            foreach (var batch in BenchBatches.Generate(values))
            {
                await call.RequestStream.WriteAsync(batch);
            }
            await call.RequestStream.CompleteAsync();
            var result = await call.ResponseAsync;
            var elapsed = clock.Elapsed;
            return (elapsed, result, PeakKb(server.Id), CpuSeconds(server.Id) - cpuBefore);
        }
        finally
        {
            server.Kill();
            await server.WaitForExitAsync();
        }
    }

    private static string Report(int values, TimeSpan ceiling, TimeSpan rpc, ImportResult result, long serverPeakKb, long clientPeakKb, double serverCpu)
    {
        static string Rate(int n, TimeSpan t) => (n / t.TotalSeconds).ToString("N0", CultureInfo.InvariantCulture);
        var s = result.Summary;
        var text = new StringBuilder();
        text.AppendLine("# Import benchmark (bench/Import)");
        text.AppendLine();
        text.AppendLine($"{values:N0} generated values in {s.Batches:N0} batches (one report each) over cchc.v1.Imports/ImportValues, server a separate process");
        text.AppendLine($"({Path.GetRelativePath(RepositoryRoot(), ServerDll)}, fresh SQLite file, WAL, synchronous=NORMAL), client this process. {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores.");
        text.AppendLine();
        text.AppendLine("| run | seconds | values/s | of ceiling |");
        text.AppendLine("|---|---:|---:|---:|");
        text.AppendLine($"| ceiling: raw INSERT, one transaction, one prepared statement | {ceiling.TotalSeconds:F2} | {Rate(values, ceiling)} | 100% |");
        text.AppendLine($"| ImportValues over the wire | {rpc.TotalSeconds:F2} | {Rate(values, rpc)} | {ceiling / rpc:P0} |");
        text.AppendLine();
        text.AppendLine($"Summary: imported {s.Imported:N0}, updated {s.Updated:N0}, unchanged {s.Unchanged:N0}, rejected {s.Rejected:N0}, warnings {s.Warnings:N0}; listed rows {result.Rows.Count:N0}, reports with findings {result.Findings.Count:N0}.");
        text.AppendLine();
        text.AppendLine($"Server CPU during the import (user + system, all threads): {serverCpu:F1} s = {serverCpu * 1e6 / values:F1} µs per value, {serverCpu / rpc.TotalSeconds:F2} cores on average.");
        text.AppendLine();
        text.AppendLine($"Peak memory (VmHWM): server {serverPeakKb / 1024:N0} MB, client {clientPeakKb / 1024:N0} MB (the client also held the ceiling's row list).");
        return text.ToString();
    }

    /// <summary>utime + stime of a process, from /proc (clock ticks of 1/100 s).</summary>
    private static double CpuSeconds(int pid)
    {
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / 100.0;
    }

    private static long PeakKb(int pid)
    {
        var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
    }

    private static async Task<string> VerbAsync(string database, params string[] args)
    {
        using var process = Process.Start(Info([.. args, "--db", database]))!;
        process.StandardInput.Close();
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return process.ExitCode == 0 ? output : throw new InvalidOperationException(await process.StandardError.ReadToEndAsync());
    }

    private static ProcessStartInfo Info(string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(ServerDll);
        foreach (var arg in args) info.ArgumentList.Add(arg);
        return info;
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CchcGrpc.sln"))) return dir.FullName;
        }
        throw new DirectoryNotFoundException("CchcGrpc.sln not found above the bench binaries.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
