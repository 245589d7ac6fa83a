using System.Text;
using Xunit.Abstractions;

namespace CchcGrpc.Tests.Reliability;

/// <summary>
/// The table a reliability run ends with: printed to the test output, and for a long run
/// (CCHC_LONG_TESTS=1) also written to bench/results/ so the latest figures can be committed.
/// </summary>
public sealed class ResultsTable(string title, params string[] columns)
{
    private readonly List<string[]> _rows = [];
    private readonly List<string> _notes = [];

    public ResultsTable Row(params object[] cells)
    {
        _rows.Add([.. cells.Select(c => c switch { double d => d.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture), _ => c?.ToString() ?? "" })]);
        return this;
    }

    public ResultsTable Note(string note)
    {
        _notes.Add(note);
        return this;
    }

    public string Markdown
    {
        get
        {
            var text = new StringBuilder($"### {title}\n\n");
            text.Append("| ").Append(string.Join(" | ", columns)).Append(" |\n");
            text.Append('|').Append(string.Concat(columns.Select(_ => "---|"))).Append('\n');
            foreach (var row in _rows)
            {
                text.Append("| ").Append(string.Join(" | ", row)).Append(" |\n");
            }
            foreach (var note in _notes)
            {
                text.Append('\n').Append(note).Append('\n');
            }
            return text.ToString();
        }
    }

    /// <summary>The machine's load when the run ended (it is shared: latencies depend on it).</summary>
    private static string Load() =>
        File.Exists("/proc/loadavg") ? ", load average " + string.Join(" / ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) + " (1 / 5 / 15 min)" : "";

    /// <summary>Prints the table; a long run also saves it as bench/results/<paramref name="file"/>.</summary>
    public void Publish(ITestOutputHelper output, string file)
    {
        output.WriteLine(Markdown);
        if (Environment.GetEnvironmentVariable("CCHC_LONG_TESTS") != "1")
        {
            return;
        }
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CchcGrpc.sln")))
            {
                var path = Path.Combine(dir.FullName, "bench", "results", file);
                var stamp = $"_Run {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores{Load()}._\n\n";
                File.WriteAllText(path, $"# {Path.GetFileNameWithoutExtension(file)}\n\n" + stamp + Markdown);
                return;
            }
        }
    }
}
