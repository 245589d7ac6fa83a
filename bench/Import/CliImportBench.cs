using CchcGrpc.Bench.Infrastructure;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace CchcGrpc.Bench.Import;

/// <summary>
/// The real `cchc import` client on a large long-format CSV (the import bench's generated values),
/// into the built server on a fresh database, under /usr/bin/time: the client's peak resident size
/// against the file's size, its wall and CPU time, and the same command again (replayed by key).
/// </summary>
public static class CliImportBench
{
    public static async Task<int> RunAsync(string[] args)
    {
        var values = 1_000_000;
        string? clientDll = null;
        int? heapLimitMb = null;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--client-dll" && i + 1 < args.Length)
            {
                clientDll = Path.GetFullPath(args[++i]);
            }
            else if (args[i] == "--heap-limit" && i + 1 < args.Length && int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var mb))
            {
                // The client's GC heap capped (DOTNET_GCHeapHardLimit): an import that streams finishes under any cap above its working set.
                heapLimitMb = mb;
                i++;
            }
            else if (!int.TryParse(args[i], NumberStyles.None, CultureInfo.InvariantCulture, out values))
            {
                throw new BenchFailure($"import-cli takes [values] [--client-dll PATH] [--heap-limit MB]; '{args[i]}' is none of these.");
            }
        }
        clientDll ??= Path.Combine(CchcServerProcess.RepositoryRoot, "tui-client", "bin", "Release", "net10.0", "cchc.dll");
        if (!File.Exists("/usr/bin/time"))
        {
            throw new BenchFailure("/usr/bin/time is needed for the client's peak memory: apt-get install time");
        }
        var folder = Path.Combine(Path.GetTempPath(), "cchc-bench-cli-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        try
        {
            var csv = Path.Combine(folder, "values.csv");
            WriteCsv(csv, values);
            var token = await CchcServerProcess.ServiceTokenAsync(Path.Combine(folder, "cchc.db"));
            await using var server = await CchcServerProcess.StartAsync(Path.Combine(folder, "cchc.db"));
            var first = await RunClientAsync(clientDll, csv, server, token, folder, heapLimitMb);
            var again = await RunClientAsync(clientDll, csv, server, token, folder, heapLimitMb);
            var report = Report(values, new FileInfo(csv).Length, clientDll, heapLimitMb, first, again);
            Console.WriteLine(report);
            await File.WriteAllTextAsync(Path.Combine(CchcServerProcess.RepositoryRoot, "bench", "results", "import-cli.md"), report);
            return 0;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static void WriteCsv(string path, int values)
    {
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        writer.Write("unit,period,indicator,value\n");
        foreach (var batch in BenchBatches.Generate(values))
        {
            foreach (var row in batch.Rows)
            {
                // The generated values hold no comma or quote (counts, "50%", "12,5" aside, which is quoted).
                var value = row.RawValue.Contains(',') ? $"\"{row.RawValue}\"" : row.RawValue;
                writer.Write($"{batch.UnitCode},{batch.PeriodId},{row.Indicator},{value}\n");
            }
        }
    }

    private static async Task<ClientRun> RunClientAsync(string clientDll, string csv, CchcServerProcess server, string token, string folder, int? heapLimitMb)
    {
        var timing = Path.Combine(folder, "time.txt");
        var info = new ProcessStartInfo("/usr/bin/time") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { "-f", "%M %e %U %S", "-o", timing, "dotnet", clientDll, "import", csv, "--output", "json", "--server", server.Address.ToString().TrimEnd('/'), "--token", token })
        {
            info.ArgumentList.Add(arg);
        }
        // A configuration folder of its own, so no stored login of this machine is read.
        info.Environment["XDG_CONFIG_HOME"] = folder;
        if (heapLimitMb is { } limit)
        {
            info.Environment["DOTNET_GCHeapHardLimit"] = "0x" + ((long)limit << 20).ToString("X", CultureInfo.InvariantCulture);
        }
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new BenchFailure($"cchc import exited {process.ExitCode}: {await errors}");
        }
        var measured = (await File.ReadAllTextAsync(timing)).Trim().Split(' ');
        using var json = JsonDocument.Parse(await output);
        var summary = json.RootElement.GetProperty("summary");
        int Count(string name) => summary.TryGetProperty(name, out var n) ? n.GetInt32() : 0;
        return new ClientRun(
            long.Parse(measured[0], CultureInfo.InvariantCulture),
            double.Parse(measured[1], CultureInfo.InvariantCulture),
            double.Parse(measured[2], CultureInfo.InvariantCulture) + double.Parse(measured[3], CultureInfo.InvariantCulture),
            Count("batches"), Count("imported"), Count("replayedBatches"));
    }

    private static string Report(int values, long fileBytes, string clientDll, int? heapLimitMb, ClientRun first, ClientRun again)
    {
        var text = new StringBuilder();
        text.AppendLine("# `cchc import` of a large CSV (bench/Import/CliImportBench.cs)");
        text.AppendLine();
        text.AppendLine($"{values:N0} generated values as a long CSV (unit,period,indicator,value) of {fileBytes / 1e6:F1} MB, imported with");
        text.AppendLine($"`cchc import values.csv --output json` ({Path.GetRelativePath(CchcServerProcess.RepositoryRoot, clientDll)}) into the built server on a fresh database,");
        text.AppendLine($"then the same command again. Client measured by /usr/bin/time{(heapLimitMb is { } l ? $", its GC heap capped at {l} MB (DOTNET_GCHeapHardLimit)" : "")}. {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores.");
        text.AppendLine();
        text.AppendLine("| run | batches | imported | replayed batches | wall s | client CPU s | client peak MB | peak / file size |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var (name, run) in new[] { ("first", first), ("again", again) })
        {
            text.AppendLine($"| {name} | {run.Batches:N0} | {run.Imported:N0} | {run.Replayed:N0} | {run.WallSeconds:F2} | {run.CpuSeconds:F2} | {run.PeakKb / 1024.0:F0} | {run.PeakKb * 1024.0 / fileBytes:F1}× |");
        }
        return text.ToString();
    }

    private sealed record ClientRun(long PeakKb, double WallSeconds, double CpuSeconds, int Batches, int Imported, int Replayed);
}
