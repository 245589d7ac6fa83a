using System.Security.Cryptography;
using System.Text;
using Cchc.V1;

namespace CchcGrpc.Client.Import;

/// <summary>
/// Groups rows into batches of one report (unit × period) each, at most batchSize rows, in the
/// order the reports first appear. Each batch's idempotency key is a hash of the file content, the
/// --unit/--period it was read with and the batch index, so re-running the same command after a
/// dropped connection sends the same keys and the server recognises the batches it already applied.
/// Rows carry their line plus lineOffset (see <see cref="SourceLines"/>); the keys do not depend on it.
/// </summary>
public static class BatchPlanner
{
    public const int DefaultBatchSize = 1000;

    public static IReadOnlyList<ImportBatch> Plan(ImportSource source, string defaultUnit, string defaultPeriod, int batchSize, bool dryRun, int lineOffset = 0)
    {
        if (batchSize < 1)
            throw new ArgumentOutOfRangeException(nameof(batchSize), "batch size must be at least 1");
        var reports = new List<(string Unit, string Period, List<SourceRow> Rows)>();
        // By key, not by searching the list: a file of 1,000,000 values holds 10,000 reports, and the
        // search made planning quadratic (58 s of the client's CPU for such a file).
        var index = new Dictionary<(string Unit, string Period), int>();
        foreach (var row in source.Rows)
        {
            var unit = row.Unit.Length > 0 ? row.Unit : defaultUnit;
            var period = row.Period.Length > 0 ? row.Period : defaultPeriod;
            if (unit.Length == 0 || period.Length == 0)
                throw new SourceFormatException(source.Name, row.Line, "no unit or period: give the columns or --unit and --period");
            if (!index.TryGetValue((unit, period), out var report))
            {
                report = index[(unit, period)] = reports.Count;
                reports.Add((unit, period, []));
            }
            reports[report].Rows.Add(row);
        }
        var contentHash = Hash(source.Content + "\u0000" + defaultUnit + "\u0000" + defaultPeriod);
        var batches = new List<ImportBatch>();
        foreach (var (unit, period, rows) in reports)
        {
            foreach (var chunk in rows.Chunk(batchSize))
            {
                var batch = new ImportBatch
                {
                    IdempotencyKey = $"cchc-import-{contentHash}-{batches.Count}",
                    UnitCode = unit,
                    PeriodId = period,
                    Variant = source.Variant,
                    DryRun = dryRun,
                };
                batch.Rows.Add(chunk.Select(row => ToImportRow(row, lineOffset)));
                batches.Add(batch);
            }
        }
        return batches;
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
    };

    private static string Hash(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..24];
}
