using Cchc.V1;
using CchcGrpc.Client.Cli;
using CchcGrpc.Client.Output;
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
            context.Console.Out.WriteLine(ToJson(result, lines));
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
        var json = JsonNode.Parse(Json.Format(result))!.AsObject();
        foreach (var list in new[] { "rows", "mappings" })
        {
            if (json[list] is not JsonArray rows)
                continue;
            for (var i = 0; i < rows.Count; i++)
            {
                var at = lines.Resolve(rows[i]!["sourceLine"]?.GetValue<int>() ?? 0);
                var row = new JsonObject { ["sourceFile"] = at.File, ["sourceLine"] = at.Line };
                foreach (var (name, value) in rows[i]!.AsObject().ToList())
                {
                    if (name != "sourceLine")
                        row[name] = value?.DeepClone();
                }
                rows[i] = row;
            }
        }
        foreach (var finding in (json["findings"] as JsonArray ?? []).SelectMany(r => r?["findings"] as JsonArray ?? []).OfType<JsonObject>())
        {
            if (finding["sourceLines"] is not JsonArray sent)
                continue;
            var at = sent.Select(l => lines.Resolve(l?.GetValue<int>() ?? 0)).ToList();
            finding["sourceFiles"] = new JsonArray([.. at.Select(a => (JsonNode?)JsonValue.Create(a.Line > 0 ? a.File : ""))]);
            finding["sourceLines"] = new JsonArray([.. at.Select(a => (JsonNode?)JsonValue.Create(a.Line))]);
        }
        return json.ToJsonString(Printer.JsonOptions);
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
