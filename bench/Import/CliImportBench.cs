using CchcGrpc.Bench.Infrastructure;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace CchcGrpc.Bench.Import;

/// <summary>
/// The real `cchc import` client's peak resident size (/usr/bin/time) for inputs of several sizes in
/// one run, so that a memory that follows the file shows as a peak / file ratio that stays put, and
/// a flat one as a peak that does not move: the import bench's generated values as a long CSV
/// (imported, then the same command again, every batch replayed by its key), and the province's
/// annual appendix (the shared seed) repeated into ever longer report texts. Each input goes into
/// the built server on a fresh database.
/// </summary>
public static class CliImportBench
{
    private static readonly int[] DefaultSizes = [250_000, 1_000_000, 4_000_000];
    private static readonly int[] DefaultCopies = [25, 100, 400];
    private const string AppendixSeed = "000_f64a46598953a945.txt";

    public static async Task<int> RunAsync(string[] args)
    {
        var options = Options.Parse(args);
        s_keep = options.Keep;
        var clientDll = options.ClientDll ?? Path.Combine(CchcServerProcess.RepositoryRoot, "tui-client", "bin", "Release", "net10.0", "cchc.dll");
        if (!File.Exists("/usr/bin/time"))
        {
            throw new BenchFailure("/usr/bin/time is needed for the client's peak memory: apt-get install time");
        }
        if (!File.Exists(clientDll))
        {
            throw new BenchFailure($"{clientDll} not found; build the solution in Release first.");
        }
        var runs = new List<Measured>();
        foreach (var values in options.Sizes)
        {
            await InFolderAsync(async folder =>
            {
                var csv = Path.Combine(folder, "values.csv");
                WriteCsv(csv, values);
                var (server, token) = await StartServerAsync(folder);
                await using (server)
                {
                    string[] import = ["import", csv, "--output", "json"];
                    var input = $"CSV, {values:N0} values";
                    runs.Add(new(input, "first", new FileInfo(csv).Length, await RunClientAsync(clientDll, import, server, token, folder, options.HeapLimitMb)));
                    runs.Add(new(input, "again", new FileInfo(csv).Length, await RunClientAsync(clientDll, import, server, token, folder, options.HeapLimitMb)));
                }
            });
            Console.WriteLine(runs[^2]);
        }
        foreach (var copies in options.Copies)
        {
            await InFolderAsync(async folder =>
            {
                var text = Path.Combine(folder, "bao-cao.txt");
                WriteAppendix(text, copies);
                var (server, token) = await StartServerAsync(folder);
                await using (server)
                {
                    // Gia Nghĩa (a district) on the province's form: each copy's 13 province-only rows are refused, the rest stored.
                    string[] import = ["import", text, "--unit", "67.660", "--period", "2022", "--output", "json"];
                    runs.Add(new($"appendix, seed × {copies}", "first", new FileInfo(text).Length,
                        await RunClientAsync(clientDll, import, server, token, folder, options.HeapLimitMb, rowsMayBeRefused: true)));
                }
            });
            Console.WriteLine(runs[^1]);
        }
        var report = Report(clientDll, options.HeapLimitMb, runs);
        Console.WriteLine(report);
        if (options.Write)
        {
            await File.WriteAllTextAsync(Path.Combine(CchcServerProcess.RepositoryRoot, "bench", "results", "import-cli.md"), report);
        }
        return 0;
    }

    private static bool s_keep;

    private static async Task InFolderAsync(Func<string, Task> body)
    {
        var folder = Path.Combine(Path.GetTempPath(), "cchc-bench-cli-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        try
        {
            await body(folder);
        }
        finally
        {
            if (s_keep)
                Console.WriteLine($"kept {folder}");
            else
                Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<(CchcServerProcess Server, string Token)> StartServerAsync(string folder)
    {
        var database = Path.Combine(folder, "cchc.db");
        var token = await CchcServerProcess.ServiceTokenAsync(database);
        return (await CchcServerProcess.StartAsync(database), token);
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

    // The province's annual report (the shared seed) again and again, as one long text.
    private static void WriteAppendix(string path, int copies)
    {
        var seed = File.ReadAllText(SeedPath());
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        for (var i = 0; i < copies; i++)
        {
            writer.Write(seed);
            writer.Write('\n');
        }
    }

    private static string SeedPath()
    {
        var folder = Environment.GetEnvironmentVariable("CCHC_SEEDS") is { Length: > 0 } fromEnv
            ? fromEnv
            : Path.GetFullPath(Path.Combine(CchcServerProcess.RepositoryRoot, "..", "shared", "seeds"));
        var path = Path.Combine(folder, AppendixSeed);
        return File.Exists(path) ? path : throw new BenchFailure($"{path} not found: the shared seeds are <repo>/../shared/seeds or CCHC_SEEDS");
    }

    private static async Task<ClientRun> RunClientAsync(string clientDll, string[] import, CchcServerProcess server, string token, string folder, int? heapLimitMb, bool rowsMayBeRefused = false)
    {
        var timing = Path.Combine(folder, "time.txt");
        var info = new ProcessStartInfo("/usr/bin/time") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { "-f", "%M %e %U %S", "-o", timing, "dotnet", clientDll }.Concat(import).Concat(["--server", server.Address.ToString().TrimEnd('/'), "--token", token]))
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
        // Exit 1 with an answer: some rows were refused (listed in it), the others written.
        if (process.ExitCode != 0 && !(rowsMayBeRefused && process.ExitCode == 1 && (await output).StartsWith('{')))
        {
            throw new BenchFailure($"cchc {string.Join(' ', import)} exited {process.ExitCode}: {await errors}");
        }
        var measured = (await File.ReadAllTextAsync(timing)).Trim().Split('\n')[^1].Split(' ');
        using var json = JsonDocument.Parse(await output);
        var summary = json.RootElement.GetProperty("summary");
        int Count(string name) => summary.TryGetProperty(name, out var n) ? n.GetInt32() : 0;
        return new ClientRun(
            long.Parse(measured[0], CultureInfo.InvariantCulture),
            double.Parse(measured[1], CultureInfo.InvariantCulture),
            double.Parse(measured[2], CultureInfo.InvariantCulture) + double.Parse(measured[3], CultureInfo.InvariantCulture),
            Count("batches"), Count("imported") + Count("updated") + Count("unchanged"), Count("rejected"), Count("replayedBatches"));
    }

    private static string Report(string clientDll, int? heapLimitMb, List<Measured> runs)
    {
        var text = new StringBuilder();
        text.AppendLine("# `cchc import` of large inputs: the client's memory (bench/Import/CliImportBench.cs)");
        text.AppendLine();
        text.AppendLine($"`{Path.GetRelativePath(CchcServerProcess.RepositoryRoot, clientDll)}` measured by /usr/bin/time (peak resident size, wall, user + system CPU){(heapLimitMb is { } l ? $", its GC heap capped at {l} MB (DOTNET_GCHeapHardLimit)" : "")};");
        text.AppendLine("each input into the built server on a fresh database. CSV: the import bench's generated values as a long CSV");
        text.AppendLine("(unit,period,indicator,value), `cchc import values.csv --output json`, then the same command again (every batch");
        text.AppendLine("replayed by its idempotency key). Appendix: the province's annual report (shared seed 000) repeated into one text,");
        text.AppendLine("`cchc import bao-cao.txt --unit 67.660 --period 2022 --output json`: every copy's rows are the same report's, so besides");
        text.AppendLine("13 province-only rows per copy, the rows of a copy whose indicator an earlier copy in the same batch gave are refused as given twice.");
        text.AppendLine($"{DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores.");
        text.AppendLine();
        text.AppendLine("| input | file MB | run | batches | rows taken | rows refused | replayed batches | wall s | client CPU s | client peak MB | peak / file |");
        text.AppendLine("|---|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var m in runs)
        {
            text.AppendLine(m.ToString());
        }
        text.AppendLine();
        foreach (var group in runs.GroupBy(m => (Kind: m.Input.Split(',')[0], m.Run)).Where(g => g.Count() > 1))
        {
            var (small, large) = (group.MinBy(m => m.FileBytes)!, group.MaxBy(m => m.FileBytes)!);
            text.AppendLine($"- {group.Key.Kind}, {group.Key.Run}: a file {(double)large.FileBytes / small.FileBytes:F1}× as large, a peak {(double)large.Client.PeakKb / small.Client.PeakKb:F2}× as high ({small.Client.PeakKb / 1024.0:F0} → {large.Client.PeakKb / 1024.0:F0} MB).");
        }
        return text.ToString();
    }

    private sealed record Measured(string Input, string Run, long FileBytes, ClientRun Client)
    {
        public override string ToString() =>
            $"| {Input} | {FileBytes / 1e6:F1} | {Run} | {Client.Batches:N0} | {Client.Taken:N0} | {Client.Refused:N0} | {Client.Replayed:N0} | {Client.WallSeconds:F2} | {Client.CpuSeconds:F2} | {Client.PeakKb / 1024.0:F0} | {Client.PeakKb * 1024.0 / FileBytes:F1}× |";
    }

    private sealed record ClientRun(long PeakKb, double WallSeconds, double CpuSeconds, int Batches, int Taken, int Refused, int Replayed);

    private sealed record Options(int[] Sizes, int[] Copies, string? ClientDll, int? HeapLimitMb, bool Write, bool Keep)
    {
        public static Options Parse(string[] args)
        {
            var (sizes, copies, clientDll, heapLimit, write, keep) = (DefaultSizes, DefaultCopies, (string?)null, (int?)null, true, false);
            for (var i = 0; i < args.Length; i++)
            {
                string Next() => i + 1 < args.Length ? args[++i] : throw new BenchFailure($"{args[i]} needs a value");
                switch (args[i])
                {
                    case "--sizes": sizes = [.. Numbers(Next()).Where(n => n > 0)]; break;
                    case "--appendix-copies": copies = [.. Numbers(Next()).Where(n => n > 0)]; break;
                    case "--client-dll": clientDll = Path.GetFullPath(Next()); break;
                    // The client's GC heap capped (DOTNET_GCHeapHardLimit): an import that streams finishes under any cap above its working set.
                    case "--heap-limit": heapLimit = Numbers(Next())[0]; break;
                    case "--no-write": write = false; break;
                    // The inputs and databases stay in the temporary folder, to run the client again by hand.
                    case "--keep": keep = true; break;
                    default: throw new BenchFailure($"import-cli takes [--sizes N,N,…] [--appendix-copies N,N,…|0] [--client-dll PATH] [--heap-limit MB] [--no-write] [--keep]; '{args[i]}' is none of these.");
                }
            }
            return new(sizes, copies, clientDll, heapLimit, write, keep);
        }

        private static int[] Numbers(string list) =>
            [.. list.Split(',').Select(n => int.TryParse(n.Replace("_", ""), NumberStyles.None, CultureInfo.InvariantCulture, out var v) && v >= 0 ? v : throw new BenchFailure($"'{n}' is not a number"))];
    }
}
