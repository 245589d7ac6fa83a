using System.CommandLine;
using Cchc.V1;
using CchcGrpc.Client.Cli;
using CchcGrpc.Client.Connection;
using Grpc.Core;
using Spectre.Console;

namespace CchcGrpc.Client.Import;

/// <summary>
/// `cchc import`: checks each file through once (format, every row's unit and period), then reads it
/// again and streams its batches of one report each to Imports/ImportValues as they are made, so
/// the client holds a batch, not the file, and a bad file writes nothing. The server maps and
/// validates, and says what it did row by row.
/// </summary>
public sealed class ImportVerb : Verb
{
    private static readonly TimeSpan StreamTimeout = TimeSpan.FromMinutes(30);

    public ImportVerb()
        : base("import", new("Nhập số liệu từ tệp CSV/TSV/JSON hoặc từ phụ lục của báo cáo.", "Import values from CSV/TSV/JSON files or from a report's appendix."),
            "cchc import FILE... [--unit U --period P] [--format auto|csv|tsv|json|appendix] [--dry-run] [--batch-size N] [--map FILE] [--write-map FILE]   (FILE - = stdin; each listed row names its file and line)",
            [
                "cchc import values.csv",
                "cchc import a.csv b.json --dry-run --output json   # rows: sourceFile, sourceLine",
                "cchc import --unit 67 --period 2022 --format appendix bao-cao-2022.txt --dry-run",
                "cchc import bao-cao-huyen.txt --unit 67.660 --period 2022 --dry-run --write-map huyen.map   # then: --map huyen.map",
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
        Map = Add(CliOptions.Text("--map", new(
            "tệp đối chiếu (TSV: field, parent, code, label, indicator) chỉ rõ dòng nào của phụ lục là chỉ tiêu nào, cho mẫu biểu máy chủ không tự đọc được",
            "map file (TSV: field, parent, code, label, indicator) saying which indicator an appendix's rows are, for forms the server cannot read alone")));
        WriteMapTo = Add(CliOptions.Text("--write-map", new(
            "ghi tệp đối chiếu theo cách máy chủ đã khớp từng dòng (dùng với --dry-run), làm điểm khởi đầu cho --map",
            "write a map file of how the server mapped every row (use with --dry-run), as a starting point for --map")));
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

    public CliOption<string?> Map { get; }

    public CliOption<string?> WriteMapTo { get; }

    public override async Task<int> RunAsync(CliContext context)
    {
        var format = context.Value(Format);
        var batchSize = context.Value(BatchSize) ?? BatchPlanner.DefaultBatchSize;
        var unit = context.Value(Unit) ?? "";
        var period = context.Value(Period) ?? "";
        var (rules, mapHash) = context.Value(Map) is { } map ? MapFile.Read(map) : ([], "");
        var writeMap = context.Value(WriteMapTo);
        var sources = new List<ImportSource>();
        try
        {
            foreach (var file in context.Values(Files))
            {
                sources.Add(file == "-" ? ImportSource.FromInput(context.Console.In, format) : ImportSource.FromFile(file, format));
                if (sources[^1].Format == ImportFormat.Appendix && (unit.Length == 0 || period.Length == 0))
                    throw new UsageException("an appendix file needs --unit and --period");
            }
            var lines = new SourceLines();
            var plans = sources.Select(source => new ImportPlan(source, new BatchOptions(unit, period, batchSize, context.Value(DryRun),
                lines.Add(source.Name, source.LineCount), mapHash, writeMap is not null) { MapRules = rules })).ToList();
            // Every file is read through once before anything is sent: a bad line anywhere writes nothing.
            foreach (var plan in plans) plan.Check();
            var result = await SendAsync(context, plans.SelectMany(p => p.Batches()), plans.Sum(p => p.Rows)).ConfigureAwait(false);
            if (!context.Console.OutputRedirected)
            {
                foreach (var plan in plans) context.Console.Error.WriteLine(plan.Describe(context.Messages));
            }
            ImportResultPrinter.Print(result, lines, context);
            if (writeMap is not null)
            {
                WriteMap(writeMap, result, lines, context);
            }
            var rejected = ImportResultPrinter.RejectedRows(result);
            if (rejected == 0)
                return ExitCodes.Ok;
            context.Console.Error.WriteLine(context.Messages.Format("rows_rejected", rejected));
            return ExitCodes.DataRejected;
        }
        finally
        {
            foreach (var source in sources) source.Dispose();
        }
    }

    private static void WriteMap(string path, ImportResult result, SourceLines lines, CliContext context)
    {
        try
        {
            File.WriteAllText(path, MapFile.Write(result.Mappings, lines));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new SourceFormatException(path, 0, e.Message);
        }
        context.Console.Error.WriteLine(ImportTexts.Format(context.Messages, "map_written", result.Mappings.Count, path));
    }

    private static async Task<ImportResult> SendAsync(CliContext context, IEnumerable<ImportBatch> batches, int rowCount)
    {
        var session = context.Session;
        // Compressed on the way up (rows of text compress well on slow links); never retried by the channel: the
        // idempotency keys make sending the whole import again safe.
        using var call = session.Imports.ImportValues(
            new Grpc.Core.Metadata { { "grpc-internal-encoding-request", "gzip" } }, DateTime.UtcNow + StreamTimeout, context.CancellationToken);
        var showProgress = !context.Console.OutputRedirected && context.Printer.Format == Output.OutputFormat.Table;
        // The server may answer before it has read every batch (a refused token, a full disk): its answer then ends
        // the upload and says how the import ended, instead of a write that waits for room the server never gives.
        async Task UploadAsync(ImportBatch batch)
        {
            var write = call.RequestStream.WriteAsync(batch);
            if (await Task.WhenAny(write, call.ResponseAsync).ConfigureAwait(false) != write)
            {
                _ = write.ContinueWith(w => w.Exception, TaskScheduler.Default);
                throw new OperationCanceledException("The server answered before the upload ended.");
            }
            await write.ConfigureAwait(false);
        }
        try
        {
            if (!showProgress)
            {
                foreach (var batch in batches)
                {
                    await UploadAsync(batch).ConfigureAwait(false);
                }
            }
            else
            {
                var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(context.Console.Out) });
                await new ImportProgress(console, TimeProvider.System, context.Messages)
                    .SendAsync(batches, rowCount, UploadAsync).ConfigureAwait(false);
            }
            await call.RequestStream.CompleteAsync().ConfigureAwait(false);
        }
        catch (Exception e) when ((e is OperationCanceledException or RpcException or InvalidOperationException) && call.ResponseAsync.IsCompleted)
        {
            // The answer below (a result or the server's error) is what the operator needs, not the broken write.
        }
        return await call.ResponseAsync.ConfigureAwait(false);
    }
}
