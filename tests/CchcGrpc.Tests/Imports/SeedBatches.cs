using Cchc.V1;
using CchcGrpc.Tests.Seeds;

namespace CchcGrpc.Tests.Imports;

/// <summary>A seed appendix as an import batch: every printed row, headings included, in order, as written.</summary>
public static class SeedBatches
{
    public static ImportBatch From(string seed, string variant, string unit, string period, string key)
    {
        var batch = new ImportBatch { IdempotencyKey = key, UnitCode = unit, PeriodId = period, Variant = variant };
        var line = 0;
        foreach (var row in SeedAppendix.Rows(seed))
        {
            batch.Rows.Add(new ImportRow
            {
                SourceLine = ++line, Indicator = row.Code, Label = row.Label, UnitOfMeasure = row.Unit, RawValue = row.Value, Note = row.Note,
            });
        }
        return batch;
    }
}
