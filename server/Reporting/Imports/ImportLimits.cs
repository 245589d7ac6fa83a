using Cchc.V1;

namespace CchcGrpc.Server.Reporting.Imports;

/// <summary>
/// The sizes a well-formed batch stays within. A batch beyond them is a malformed request, not
/// bad data: the call ends with INVALID_ARGUMENT naming each field (batches[3].rows[17].raw_value).
/// </summary>
public static class ImportLimits
{
    public const int MaxRowsPerBatch = 5000;
    public const int MaxKeyLength = 200;
    public const int MaxCodeLength = 100;
    public const int MaxLabelLength = 1000;
    public const int MaxNarrativeSections = 50;

    /// <summary>The answer lists at most this many rows and findings; the summary still counts them all.</summary>
    public const int MaxReportedRows = 10_000;

    public static List<(string Field, string Description)> Check(ImportBatch batch, int index)
    {
        var at = $"batches[{index}]";
        var problems = new List<(string, string)>();
        void Limit(string value, int max, string field)
        {
            if (value.Length > max) problems.Add(($"{at}.{field}", $"Longer than {max} characters."));
        }
        Limit(batch.IdempotencyKey, MaxKeyLength, "idempotency_key");
        Limit(batch.UnitCode, MaxCodeLength, "unit_code");
        Limit(batch.PeriodId, MaxCodeLength, "period_id");
        Limit(batch.Variant, MaxCodeLength, "variant");
        if (batch.Rows.Count > MaxRowsPerBatch)
        {
            problems.Add(($"{at}.rows", $"{batch.Rows.Count} rows; at most {MaxRowsPerBatch} per batch (one report)."));
            return problems;
        }
        for (var i = 0; i < batch.Rows.Count && problems.Count < 100; i++)
        {
            var row = batch.Rows[i];
            Limit(row.Indicator, MaxCodeLength, $"rows[{i}].indicator");
            Limit(row.Section, MaxCodeLength, $"rows[{i}].section");
            Limit(row.UnitOfMeasure, MaxCodeLength, $"rows[{i}].unit_of_measure");
            Limit(row.Label, MaxLabelLength, $"rows[{i}].label");
            Limit(row.RawValue, ValueReading.MaxRawLength, $"rows[{i}].raw_value");
            Limit(row.Note, ValueReading.MaxNoteLength, $"rows[{i}].note");
        }
        if (batch.Narrative.Count > MaxNarrativeSections)
        {
            problems.Add(($"{at}.narrative", $"At most {MaxNarrativeSections} sections."));
        }
        for (var i = 0; i < batch.Narrative.Count && i < MaxNarrativeSections; i++)
        {
            Limit(batch.Narrative[i].Key, MaxCodeLength, $"narrative[{i}].key");
            Limit(batch.Narrative[i].Heading, MaxLabelLength, $"narrative[{i}].heading");
            Limit(batch.Narrative[i].Body, ValueReading.MaxTextLength, $"narrative[{i}].body");
        }
        return problems;
    }
}
