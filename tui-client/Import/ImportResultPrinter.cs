using Cchc.V1;
using CchcGrpc.Client.Cli;
using CchcGrpc.Client.Output;
using Google.Protobuf;

namespace CchcGrpc.Client.Import;

/// <summary>
/// Prints what the server did with an import: the summary, batches that were refused, every row
/// that needs attention with its source line and code as the file printed it, and the findings.
/// </summary>
public static class ImportResultPrinter
{
    private static readonly JsonFormatter Json = new(JsonFormatter.Settings.Default.WithFormatDefaultValues(true));

    public static void Print(ImportResult result, CliContext context)
    {
        var printer = context.Printer;
        if (printer.Format == OutputFormat.Json)
        {
            context.Console.Out.WriteLine(Json.Format(result));
            return;
        }
        var summary = Summary(result.Summary, context.Messages);
        if (printer.Format == OutputFormat.Csv)
        {
            // One table per stream: the rows on stdout, the summary on stderr.
            printer.Print(Rows(result, context.Messages));
            new Printer(context.Console.Error, true, OutputFormat.Table).Print(summary);
            return;
        }
        printer.Print(summary);
        if (result.Batches.Any(b => b.Outcome == BatchResult.Types.Outcome.Rejected || b.Message.Length > 0))
            printer.Print(Batches(result));
        if (result.Rows.Count > 0)
            printer.Print(Rows(result, context.Messages));
        if (result.Findings.Any(f => f.Findings.Count > 0))
            printer.Print(Findings(result, context.Messages));
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

    private static DataTable Rows(ImportResult result, Messages messages) => new(
        messages["rows_attention"],
        ["line", "report", "status", "source_code", "indicator_id", "message"],
        result.Rows.OrderBy(r => r.ReportName, StringComparer.Ordinal).ThenBy(r => r.SourceLine)
            .Select(r => (IReadOnlyList<string>)[N(r.SourceLine), r.ReportName, Name(r.Status.ToString()), r.SourceCode, r.IndicatorId, r.Message]).ToList());

    private static DataTable Findings(ImportResult result, Messages messages) => new(
        messages["findings"],
        ["report", "severity", "rule", "codes", "message", "expected", "actual"],
        result.Findings.SelectMany(r => r.Findings.Select(f => (IReadOnlyList<string>)
            [r.ReportName, Name(f.Severity.ToString()), f.RuleId, string.Join(", ", f.IndicatorCodes), f.Message, f.Expected, f.Actual])).ToList());

    private static string N(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string N(long value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string Name(string enumName) => enumName.ToLowerInvariant().Replace("_", " ");
}
