using System.Security.Cryptography;
using System.Text;
using Cchc.V1;

namespace CchcGrpc.Client.Import;

/// <summary>
/// Groups rows into batches of one report (unit × period) each, at most batchSize rows, as the rows
/// are read: a report's batch is sent when it is full, when the report has not been seen for a while
/// (more than <see cref="MaxOpenReports"/> others came since), or at the end of the file, so the
/// client holds a bounded number of rows however large the file. Each batch's idempotency key is a
/// hash of the file content, the --unit/--period it was read with, the map file and the batch index,
/// so re-running the same command after a dropped connection sends the same keys and the server
/// recognises the batches it already applied. Rows carry their line plus the options' line offset
/// (see <see cref="SourceLines"/>); the keys do not depend on it.
/// </summary>
public static class BatchPlanner
{
    public const int DefaultBatchSize = 1000;

    /// <summary>Reports whose rows are gathered at once; a file that interleaves more sends smaller batches, never more memory.</summary>
    public const int MaxOpenReports = 64;

    public static IReadOnlyList<ImportBatch> Plan(ImportSource source, string defaultUnit, string defaultPeriod, int batchSize, bool dryRun, int lineOffset = 0) =>
        [.. Stream(source, new BatchOptions(defaultUnit, defaultPeriod, batchSize, dryRun, lineOffset))];

    public static IEnumerable<ImportBatch> Stream(ImportSource source, BatchOptions options)
    {
        if (options.BatchSize < 1)
            throw new ArgumentOutOfRangeException(nameof(options), "batch size must be at least 1");
        var key = Hash($"{source.ContentHash}\u0000{options.Unit}\u0000{options.Period}\u0000{options.MapHash}");
        var open = new List<OpenReport>();
        var index = 0;
        var sequence = 0L;
        foreach (var row in source.Rows)
        {
            var unit = row.Unit.Length > 0 ? row.Unit : options.Unit;
            var period = row.Period.Length > 0 ? row.Period : options.Period;
            if (unit.Length == 0 || period.Length == 0)
                throw new SourceFormatException(source.Name, row.Line, "no unit or period: give the columns or --unit and --period");
            var report = open.Find(r => r.Unit == unit && r.Period == period);
            if (report is null)
            {
                if (open.Count == MaxOpenReports)
                {
                    var stalest = open.MinBy(r => r.LastSeen)!;
                    open.Remove(stalest);
                    yield return Batch(stalest, key, index++, source, options);
                }
                report = new OpenReport(unit, period, sequence);
                open.Add(report);
            }
            report.Rows.Add(ToImportRow(row, options.LineOffset));
            report.LastSeen = sequence++;
            if (report.Rows.Count == options.BatchSize)
            {
                yield return Batch(report, key, index++, source, options);
                report.Rows.Clear();
            }
        }
        // What is left, in the order the reports' rows first came.
        foreach (var report in open.Where(r => r.Rows.Count > 0).OrderBy(r => r.FirstSeen))
        {
            yield return Batch(report, key, index++, source, options);
        }
    }

    private static ImportBatch Batch(OpenReport report, string key, int index, ImportSource source, BatchOptions options)
    {
        var batch = new ImportBatch
        {
            IdempotencyKey = $"cchc-import-{key}-{index}",
            UnitCode = report.Unit,
            PeriodId = report.Period,
            Variant = source.Variant,
            DryRun = options.DryRun,
            ListMappings = options.ListMappings,
        };
        batch.Rows.Add(report.Rows);
        batch.MapRules.Add(options.MapRules);
        return batch;
    }

    private static ImportRow ToImportRow(SourceRow row, int lineOffset) => new()
    {
        SourceLine = row.Line + lineOffset,
        Indicator = row.Indicator,
        Label = row.Label,
        Section = row.Section,
        UnitOfMeasure = row.UnitOfMeasure,
        RawValue = row.RawValue,
        Note = row.Note,
        Table = row.Table,
    };

    private static string Hash(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..24];

    private sealed class OpenReport(string unit, string period, long firstSeen)
    {
        public string Unit { get; } = unit;

        public string Period { get; } = period;

        public long FirstSeen { get; } = firstSeen;

        public long LastSeen { get; set; } = firstSeen;

        public List<ImportRow> Rows { get; } = [];
    }
}
