using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Cchc.V1;
using CchcGrpc.Client.Import;
using CchcGrpc.Tests.EndToEnd;
using CchcGrpc.Tests.Seeds;
using Grpc.Core;
using Xunit.Abstractions;

namespace CchcGrpc.Tests.Reliability.Hostile;

/// <summary>
/// The import readers of `cchc import` (CSV, TSV, JSON and appendix text) given damaged copies of
/// the real seed reports: each input is read to its end or refused with a SourceFormatException
/// that names the file and a line inside it — never another exception, never longer than the time
/// bound. The rows of damaged appendix files also go to the server's import (dry run) over the
/// wire, which maps them by meaning: every batch ends in the error model, never INTERNAL.
/// </summary>
public sealed class ImportReaderFuzzTests(ObservedServer server, ITestOutputHelper output) : IClassFixture<ObservedServer>
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);

    [Fact]
    public Task Damaged_seed_files_are_read_or_refused_with_their_line_and_never_crash_or_hang() => RunAsync(perFormat: 150, serverBatches: 40, seed: 7, "reliability-readers-short.md");

    [LongFact]
    public Task Long_form_damaged_seed_files() => RunAsync(perFormat: 2_500, serverBatches: 600, seed: 77, "reliability-readers.md");

    private async Task RunAsync(int perFormat, int serverBatches, int seed, string resultsFile)
    {
        var seeds = Seeds();
        var mutations = new SeedMutations(seed);
        var table = new ResultsTable($"Import readers: damaged copies of the seed files (seed {seed})", "format", "inputs", "read whole", "refused with a line", "crashed", "over the time bound", "slowest ms");
        var defects = new List<string>();
        var damagedAppendixRows = new List<List<SourceRow>>();
        foreach (var (format, name, text) in seeds)
        {
            var (whole, refused, crashed, slow, slowest) = (0, 0, 0, 0, 0L);
            for (var i = 0; i < perFormat; i++)
            {
                var (bytes, how) = mutations.Mutate(text);
                var lineCount = Encoding.UTF8.GetString(bytes).Replace("\r\n", "\n").Split('\n', '\r').Length;
                var clock = Stopwatch.StartNew();
                var reading = Task.Run(() => Read(name, bytes, format));
                if (await Task.WhenAny(reading, Task.Delay(Bound)) != reading)
                {
                    slow++;
                    defects.Add($"{format} #{i} ({how}): still reading after {Bound.TotalSeconds} s");
                    continue;
                }
                slowest = Math.Max(slowest, clock.ElapsedMilliseconds);
                try
                {
                    var rows = await reading;
                    whole++;
                    if (format == ImportFormat.Appendix && damagedAppendixRows.Count < serverBatches && rows.Count > 0)
                    {
                        damagedAppendixRows.Add(rows);
                    }
                }
                catch (SourceFormatException error)
                {
                    refused++;
                    if (error.Line < 1 || error.Line > lineCount + 1 || !error.Message.StartsWith($"{name}:{error.Line}: ", StringComparison.Ordinal) || error.Reason.Length < 5)
                    {
                        defects.Add($"{format} #{i} ({how}): an error without a usable line: {error.Message[..Math.Min(200, error.Message.Length)]} (file has {lineCount} lines)");
                    }
                }
                catch (Exception error)
                {
                    crashed++;
                    defects.Add($"{format} #{i} ({how}): {error.GetType().Name}: {error.Message}");
                }
            }
            table.Row(format, perFormat, whole, refused, crashed, slow, slowest);
        }

        var statuses = new Dictionary<StatusCode, int>();
        var clockServer = Stopwatch.StartNew();
        foreach (var (rows, i) in damagedAppendixRows.Select((r, i) => (r, i)))
        {
            var (status, size) = await ImportAsync(rows, i);
            statuses[status.StatusCode] = statuses.GetValueOrDefault(status.StatusCode) + 1;
            // A megabyte line doubled makes a batch over the 4 MiB message limit (`cchc import` plans
            // its batches under it): RESOURCE_EXHAUSTED is then the answer, or the upload is cut (CANCELLED, UNAVAILABLE).
            if (status.StatusCode is not (StatusCode.OK or StatusCode.InvalidArgument) && !(status.StatusCode is StatusCode.ResourceExhausted or StatusCode.Cancelled or StatusCode.Unavailable && size > 4 * 1024 * 1024))
            {
                defects.Add($"server import of damaged appendix #{i}: {status.StatusCode} {status.Detail}");
            }
        }
        table.Note($"Server import (dry run, variant appendix, unit 67, period 2022) of {damagedAppendixRows.Count} damaged appendix files in {clockServer.Elapsed.TotalSeconds:0.0} s: "
            + string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key} {s.Value}")) + ".");
        table.Publish(output, resultsFile);
        output.WriteLine(string.Join('\n', defects.Take(40)));

        Assert.Empty(defects);
        Assert.NotEmpty(damagedAppendixRows);
    }

    private static List<SourceRow> Read(string name, byte[] bytes, ImportFormat format)
    {
        // As StreamReader decodes a file: invalid bytes become U+FFFD.
        using var source = ImportSource.Parse(name, Encoding.UTF8.GetString(bytes), format);
        return [.. source.Rows];
    }

    private async Task<(Status Status, int Size)> ImportAsync(List<SourceRow> rows, int i)
    {
        var batch = new ImportBatch { IdempotencyKey = $"fuzz-{i}", UnitCode = "67", PeriodId = "2022", Variant = ImportSource.AppendixVariant, DryRun = true };
        batch.Rows.AddRange(rows.Take(5_000).Select(r => new ImportRow
        {
            SourceLine = r.Line, Indicator = r.Indicator, Label = r.Label, Section = r.Section, UnitOfMeasure = r.UnitOfMeasure, RawValue = r.RawValue, Note = r.Note, Table = r.Table,
        }));
        try
        {
            using var call = server.Channel.ClientStreamingCall(Rpc.ImportValues, server.As("admin").WithDeadline(DateTime.UtcNow + Bound));
            await call.RequestStream.WriteAsync(batch);
            await call.RequestStream.CompleteAsync();
            await call.ResponseAsync;
            return (Status.DefaultSuccess, batch.CalculateSize());
        }
        catch (RpcException ex)
        {
            return (ex.Status, batch.CalculateSize());
        }
    }

    /// <summary>The seed reports as appendix text, and their rows written as CSV, TSV and JSON (what `cchc export` would give).</summary>
    private static List<(ImportFormat Format, string Name, string Text)> Seeds()
    {
        var text = File.ReadAllText(SeedFiles.PathOf(SeedFiles.ProvinceAnnual2022));
        var rows = new AppendixReader("seed").Read(text.Split('\n')).ToList();
        string Delimited(char d) =>
            "unit" + d + "period" + d + "indicator" + d + "value" + d + "note" + d + "label\n"
            + string.Concat(rows.Select(r => string.Join(d, new[] { "67", "2022", r.Indicator, r.RawValue, r.Note, r.Label }.Select(f => "\"" + f.Replace("\"", "\"\"") + "\"")) + "\n"));
        var json = JsonSerializer.Serialize(rows.Select(r => new Dictionary<string, string> { ["unit"] = "67", ["period"] = "2022", ["indicator"] = r.Indicator, ["value"] = r.RawValue, ["label"] = r.Label }),
            new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        return
        [
            (ImportFormat.Appendix, "bao-cao.txt", text),
            (ImportFormat.Appendix, "bao-cao-so.txt", File.ReadAllText(SeedFiles.PathOf(SeedFiles.DepartmentHalfYear2022))),
            (ImportFormat.Csv, "gia-tri.csv", Delimited(',')),
            (ImportFormat.Tsv, "gia-tri.tsv", Delimited('\t')),
            (ImportFormat.Json, "gia-tri.json", json),
        ];
    }
}
