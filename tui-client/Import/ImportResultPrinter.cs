using Cchc.V1;
using CchcGrpc.Client.Cli;
using CchcGrpc.Client.Output;
using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Google.Protobuf;

namespace CchcGrpc.Client.Import;

/// <summary>
/// Prints what the server did with an import: the summary, batches that were refused, every row
/// that needs attention with its file, its line in that file and its code as the file printed it,
/// and the findings. The line the server echoes is mapped back through <see cref="SourceLines"/>.
/// </summary>
public static class ImportResultPrinter
{
    private static readonly JsonFormatter Json = new(JsonFormatter.Settings.Default.WithFormatDefaultValues(true));

    public static void Print(ImportResult result, SourceLines lines, CliContext context)
    {
        var printer = context.Printer;
        if (printer.Format == OutputFormat.Json)
        {
            WriteJson(result, lines, context.Console.Out);
            return;
        }
        var summary = Summary(result.Summary, context.Messages);
        if (printer.Format == OutputFormat.Csv)
        {
            // One table per stream: the rows on stdout, the summary on stderr.
            printer.Print(Rows(result, lines, context.Messages));
            new Printer(context.Console.Error, true, OutputFormat.Table).Print(summary);
            if (result.Summary.Unlisted > 0)
                context.Console.Error.WriteLine(ImportTexts.Format(context.Messages, "unlisted", result.Summary.Unlisted));
            return;
        }
        printer.Print(summary);
        if (result.Batches.Any(b => b.Outcome == BatchResult.Types.Outcome.Rejected || b.Message.Length > 0))
            printer.Print(Batches(result));
        if (result.Rows.Count > 0)
            printer.Print(Rows(result, lines, context.Messages));
        if (result.Findings.Any(f => f.Findings.Count > 0))
            printer.Print(Findings(result, lines, context.Messages));
        if (result.Summary.Unlisted > 0)
            context.Console.Out.WriteLine(ImportTexts.Format(context.Messages, "unlisted", result.Summary.Unlisted));
        if (result.Summary.DryRun && !printer.Redirected)
            context.Console.Out.WriteLine(context.Messages["dry_run"]);
    }

    /// <summary>Rows not written: those the server lists as rejected or unmapped, or at least the summary's count.</summary>
    public static int RejectedRows(ImportResult result) => Math.Max(
        result.Summary.Rejected,
        result.Rows.Count(r => r.Status is RowResult.Types.Status.Rejected or RowResult.Types.Status.Unmapped));

    private static DataTable Summary(ImportSummary s, Messages messages) => new(
        messages["summary"],
        ["batches", "imported", "updated", "unchanged", "rejected", "warnings", "replayed", "dry_run"],
        [[N(s.Batches), N(s.Imported), N(s.Updated), N(s.Unchanged), N(s.Rejected), N(s.Warnings), N(s.ReplayedBatches), s.DryRun ? "true" : "false"]]);

    private static DataTable Batches(ImportResult result) => new(
        "",
        ["idempotency_key", "report", "outcome", "imported", "updated", "unchanged", "rejected", "message"],
        result.Batches.Select(b => (IReadOnlyList<string>)
            [b.IdempotencyKey, b.ReportName, Name(b.Outcome.ToString()), N(b.Imported), N(b.Updated), N(b.Unchanged), N(b.Rejected), b.Message]).ToList());

    /// <summary>
    /// The result as protobuf JSON, except that each row and mapping says which file it came from
    /// ("sourceFile") and "sourceLine" is the line in that file rather than the number sent; each
    /// finding's "sourceLines" are lines in the files its "sourceFiles" name.
    /// </summary>
    public static string ToJson(ImportResult result, SourceLines lines)
    {
        var text = new StringWriter();
        WriteJson(result, lines, text);
        return text.ToString();
    }

    /// <summary>
    /// <see cref="ToJson"/> written to <paramref name="output"/> one entry at a time: an answer lists up
    /// to 10,000 rows or findings, and as one document tree it was a client's largest memory (50 MB).
    /// </summary>
    public static void WriteJson(ImportResult result, SourceLines lines, TextWriter output)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = Printer.JsonOptions.Encoder });
        void Flush()
        {
            json.Flush();
            output.Write(Encoding.UTF8.GetString(buffer.WrittenSpan));
            buffer.ResetWrittenCount();
        }
        void List<T>(string name, IEnumerable<T> items, Func<T, JsonNode> node) where T : IMessage
        {
            json.WriteStartArray(name);
            foreach (var item in items)
            {
                node(item).WriteTo(json);
                Flush();
            }
            json.WriteEndArray();
        }
        // The fields in the order and names of the protobuf JSON of the whole result.
        json.WriteStartObject();
        json.WritePropertyName("summary");
        Node(result.Summary).WriteTo(json);
        List("batches", result.Batches, Node);
        List("rows", result.Rows, r => WithSourceFile(Node(r), lines));
        List("findings", result.Findings, r => WithSourceFiles(Node(r), lines));
        List("mappings", result.Mappings, m => WithSourceFile(Node(m), lines));
        json.WriteEndObject();
        Flush();
        output.WriteLine();
    }

    private static JsonObject Node(IMessage message) => JsonNode.Parse(Json.Format(message))!.AsObject();

    private static JsonObject WithSourceFile(JsonObject sent, SourceLines lines)
    {
        var at = lines.Resolve(sent["sourceLine"]?.GetValue<int>() ?? 0);
        var row = new JsonObject { ["sourceFile"] = at.File, ["sourceLine"] = at.Line };
        foreach (var (name, value) in sent.ToList())
        {
            if (name != "sourceLine")
                row[name] = value?.DeepClone();
        }
        return row;
    }

    private static JsonObject WithSourceFiles(JsonObject report, SourceLines lines)
    {
        foreach (var finding in (report["findings"] as JsonArray ?? []).OfType<JsonObject>())
        {
            if (finding["sourceLines"] is not JsonArray sent)
                continue;
            var at = sent.Select(l => lines.Resolve(l?.GetValue<int>() ?? 0)).ToList();
            finding["sourceFiles"] = new JsonArray([.. at.Select(a => (JsonNode?)JsonValue.Create(a.Line > 0 ? a.File : ""))]);
            finding["sourceLines"] = new JsonArray([.. at.Select(a => (JsonNode?)JsonValue.Create(a.Line))]);
        }
        return report;
    }

    private static DataTable Rows(ImportResult result, SourceLines lines, Messages messages) => new(
        messages["rows_attention"],
        ["file", "line", "report", "status", "source_code", "indicator_id", "message"],
        // By report, then in the order of the command line's files and their lines (the numbers sent keep that order).
        result.Rows.Where(r => r.Status is not (RowResult.Types.Status.Imported or RowResult.Types.Status.Updated or RowResult.Types.Status.Unchanged)).OrderBy(r => r.ReportName, StringComparer.Ordinal).ThenBy(r => r.SourceLine)
            .Select(r => (lines.Resolve(r.SourceLine), r))
            .Select(x => (IReadOnlyList<string>)
                [x.Item1.File, N(x.Item1.Line), x.r.ReportName, Name(x.r.Status.ToString()), x.r.SourceCode, x.r.IndicatorId, x.r.Message]).ToList());

    private static DataTable Findings(ImportResult result, SourceLines lines, Messages messages) => new(
        messages["findings"],
        ["report", "severity", "rule", "codes", "lines", "message", "expected", "actual"],
        result.Findings.SelectMany(r => r.Findings.Select(f => (IReadOnlyList<string>)
            [r.ReportName, Name(f.Severity.ToString()), f.RuleId, string.Join(", ", f.IndicatorCodes), Lines(f, lines), f.Message, f.Expected, f.Actual])).ToList());

    // The lines in the source of the values a finding reads ("bao-cao.txt:377, 378"); empty for values not in this import.
    private static string Lines(Finding finding, SourceLines lines) =>
        string.Join(", ", finding.SourceLines.Where(l => l > 0).Select(lines.Resolve).GroupBy(a => a.File)
            .Select(g => $"{g.Key}:{string.Join(", ", g.Select(a => N(a.Line)))}"));

    private static string N(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string N(long value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string Name(string enumName) => enumName.ToLowerInvariant().Replace("_", " ");
}
