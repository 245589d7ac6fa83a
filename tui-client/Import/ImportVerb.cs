using System.CommandLine;
using Cchc.V1;
using CchcGrpc.Client.Cli;
using CchcGrpc.Client.Connection;
using Spectre.Console;

namespace CchcGrpc.Client.Import;

/// <summary>
/// `cchc import`: reads the files, plans batches of one report each and streams them to
/// Imports/ImportValues; the server maps and validates, and says what it did row by row.
/// </summary>
public sealed class ImportVerb : Verb
{
    private static readonly TimeSpan StreamTimeout = TimeSpan.FromMinutes(30);

    public ImportVerb()
        : base("import", new("Nhập số liệu từ tệp CSV/TSV/JSON hoặc từ phụ lục của báo cáo.", "Import values from CSV/TSV/JSON files or from a report's appendix."),
            "cchc import FILE... [--unit U --period P] [--format auto|csv|tsv|json|appendix] [--dry-run] [--batch-size N]   (FILE - = stdin; each listed row names its file and line)",
            [
                "cchc import values.csv",
                "cchc import a.csv b.json --dry-run --output json   # rows: sourceFile, sourceLine",
                "cchc import --unit 67 --period 2022 --format appendix bao-cao-2022.txt --dry-run",
                "cat values.tsv | cchc import - --format tsv --output json",
            ])
    {
        Files = AddArgument(new Argument<string[]>("FILE") { Arity = ArgumentArity.ZeroOrMore });
        Unit = Add(CliOptions.Text("--unit", new("mã đơn vị cho các dòng không ghi đơn vị (bắt buộc với tệp phụ lục)", "unit code for rows without one (required for appendix files)")));
        Period = Add(CliOptions.Text("--period", new("mã kỳ báo cáo cho các dòng không ghi kỳ, ví dụ 2022, 2022-H1", "period id for rows without one, e.g. 2022, 2022-H1")));
        Format = Add(CliOptions.Choice("--format", new(
                "auto (mặc định: theo phần mở rộng của tệp, sau đó theo nội dung) | csv | tsv | json | appendix",
                "auto (default: by extension, then content) | csv | tsv | json | appendix"),
            [("auto", ImportFormat.Auto), ("csv", ImportFormat.Csv), ("tsv", ImportFormat.Tsv), ("json", ImportFormat.Json), ("appendix", ImportFormat.Appendix)]));
        DryRun = Add(CliOptions.Flag("--dry-run", new("chỉ đối chiếu với chỉ tiêu và kiểm tra số liệu; không ghi dữ liệu nào", "map and validate only; write nothing")));
        BatchSize = Add(CliOptions.Number("--batch-size", new(
                $"số dòng mỗi lô, mỗi lô chứa tối đa một báo cáo (mặc định {BatchPlanner.DefaultBatchSize})",
                $"rows per batch, at most one report per batch (default {BatchPlanner.DefaultBatchSize})"),
            size => size > 0, "a positive number"));
        Validators.Add(result =>
        {
            if (result.GetResult(Files) is not { Tokens.Count: > 0 })
                result.AddError("give at least one FILE (or - for stdin)");
        });
    }

    /// <summary>The files in order; "-" is stdin.</summary>
    public Argument<string[]> Files { get; }

    public CliOption<string?> Unit { get; }

    public CliOption<string?> Period { get; }

    public CliOption<ImportFormat> Format { get; }

    public CliOption<bool> DryRun { get; }

    public CliOption<int?> BatchSize { get; }

    public override async Task<int> RunAsync(CliContext context)
    {
        var format = context.Value(Format);
        var batchSize = context.Value(BatchSize) ?? BatchPlanner.DefaultBatchSize;
        var unit = context.Value(Unit) ?? "";
        var period = context.Value(Period) ?? "";
        var batches = new List<ImportBatch>();
        var lines = new SourceLines();
        var rowCount = 0;
        foreach (var file in context.Values(Files))
        {
            var source = ImportSource.Parse(file == "-" ? "stdin" : file, ReadText(file, context), format);
            if (source.Format == ImportFormat.Appendix && (unit.Length == 0 || period.Length == 0))
                throw new UsageException("an appendix file needs --unit and --period");
            var planned = BatchPlanner.Plan(source, unit, period, batchSize, context.Value(DryRun), lines.Add(source.Name, source.Rows));
            batches.AddRange(planned);
            rowCount += source.Rows.Count;
            if (!context.Console.OutputRedirected)
                context.Console.Error.WriteLine(context.Messages.Format("rows_read", source.Rows.Count, source.Name, Describe(source), planned.Count));
        }
        var result = await SendAsync(context, batches, rowCount).ConfigureAwait(false);
        ImportResultPrinter.Print(result, lines, context);
        var rejected = ImportResultPrinter.RejectedRows(result);
        if (rejected == 0)
            return ExitCodes.Ok;
        context.Console.Error.WriteLine(context.Messages.Format("rows_rejected", rejected));
        return ExitCodes.DataRejected;
    }

    private static async Task<ImportResult> SendAsync(CliContext context, IReadOnlyList<ImportBatch> batches, int rowCount)
    {
        var session = context.Session;
        // Compressed on the way up (rows of text compress well on slow links); never retried by the channel: the
        // idempotency keys make sending the whole import again safe.
        using var call = session.Imports.ImportValues(
            new Grpc.Core.Metadata { { "grpc-internal-encoding-request", "gzip" } }, DateTime.UtcNow + StreamTimeout, context.CancellationToken);
        var showProgress = !context.Console.OutputRedirected && context.Printer.Format == Output.OutputFormat.Table;
        if (!showProgress)
        {
            foreach (var batch in batches)
                await call.RequestStream.WriteAsync(batch).ConfigureAwait(false);
        }
        else
        {
            var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(context.Console.Out) });
            await new ImportProgress(console, TimeProvider.System, context.Messages)
                .SendAsync(batches, rowCount, batch => call.RequestStream.WriteAsync(batch)).ConfigureAwait(false);
        }
        await call.RequestStream.CompleteAsync().ConfigureAwait(false);
        return await call.ResponseAsync.ConfigureAwait(false);
    }

    private static string ReadText(string file, CliContext context)
    {
        if (file == "-")
            return context.Console.In.ReadToEnd();
        try
        {
            return File.ReadAllText(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new SourceFormatException(file, 0, e.Message);
        }
    }

    private static string Describe(ImportSource source) =>
        source.Format == ImportFormat.Appendix ? $"appendix, {source.Variant}" : source.Format.ToString().ToLowerInvariant();
}
