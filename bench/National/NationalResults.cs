using System.Globalization;
using System.Text;

namespace CchcGrpc.Bench.National;

/// <summary>The results table (markdown, also what the console shows) and bench/results/national.md.</summary>
internal static class NationalResults
{
    public static string Table(IReadOnlyList<NationalRow> rows)
    {
        var text = new StringBuilder();
        text.AppendLine("| metric | measured | target | ratio to target | result |");
        text.AppendLine("|---|---:|---:|---:|---|");
        foreach (var row in rows)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"| {row.Metric} | {row.MeasuredText} {row.Unit} | {row.TargetText} | {row.RatioText} | {row.Verdict} |");
        }
        return text.ToString();
    }

    public static string Profile(IReadOnlyList<(string Step, double Millis)> steps)
    {
        var text = new StringBuilder();
        text.AppendLine("| store call (in-process, one caller, median) | ms |");
        text.AppendLine("|---|---:|");
        foreach (var (step, millis) in steps)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"| {step} | {millis:0.00} |");
        }
        return text.ToString();
    }

    public static string Write(NationalOptions options, NationalDataset dataset, string table, IReadOnlyList<string> notes, string profile, string plans)
    {
        var directory = FindResultsDirectory();
        var file = Path.Combine(directory, "national.md");
        var counts = dataset.Units.GroupBy(u => u.Level).OrderBy(g => g.Key).Select(g => $"{g.Count()} {g.Key.ToString().ToLowerInvariant()}s");
        var indicators = dataset.IndicatorsByLevel.OrderBy(l => l.Key).Select(l => $"{l.Value.Count} for {l.Key.ToString().ToLowerInvariant()}s");
        var text = new StringBuilder();
        text.AppendLine("# national: a national-scale dataset over the wire");
        text.AppendLine();
        text.AppendLine("`dotnet run -c Release --project bench -- national` (bench/National). Generated dataset loaded directly into a fresh SQLite file, then the built cchc-server in a process of its own on that file (its per-call log off), measured from the bench process with grpc-dotnet channels as a signed-in admin.");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"- date: {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
        text.AppendLine(CultureInfo.InvariantCulture, $"- machine: {Environment.ProcessorCount} processors (nproc), {CpuModel()}, {System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription}");
        text.AppendLine(CultureInfo.InvariantCulture, $"- parameters: --units {options.Units} --indicators {options.Indicators} --periods {options.Periods} --clients {options.Clients} --seconds {options.Seconds} --runs {options.Runs}{(options.Analyze ? " --analyze" : "")}");
        text.AppendLine(CultureInfo.InvariantCulture, $"- dataset: {string.Join(", ", counts)}; indicators (reportable: numbers, then choices; catalog order): {string.Join(", ", indicators)}; periods {string.Join(", ", dataset.PeriodIds)}; {dataset.Reports} reports, {dataset.Values} values");
        text.AppendLine();
        text.Append(table);
        text.AppendLine();
        foreach (var note in notes)
        {
            text.AppendLine("- " + note);
        }
        text.AppendLine();
        text.AppendLine("## Where the time goes");
        text.AppendLine();
        text.Append(profile);
        text.AppendLine();
        text.AppendLine("## Query plans");
        text.AppendLine();
        text.AppendLine("```");
        text.Append(plans);
        text.AppendLine("```");
        File.WriteAllText(file, text.ToString());
        return file;
    }

    private static string CpuModel() =>
        File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "unknown CPU"
            : "unknown CPU";

    private static string FindResultsDirectory()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "bench", "results");
            if (Directory.Exists(Path.Combine(dir.FullName, "bench", "National")))
            {
                Directory.CreateDirectory(candidate);
                return candidate;
            }
        }
        return Directory.GetCurrentDirectory();
    }
}
