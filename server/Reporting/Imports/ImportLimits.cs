using Cchc.V1;
using CchcGrpc.Server.Domain.Text;

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
    public const int MaxMapRules = 5000;

    /// <summary>The answer lists at most this many rows and findings; the summary still counts them all.</summary>
    public const int MaxReportedRows = 10_000;

    public static List<(string Field, LocalizedText Description)> Check(ImportBatch batch, int index)
    {
        var problems = new List<(string, LocalizedText)>();
        // Field paths are written only for a field that is too long: every row of every batch passes here.
        void Limit(string value, int max, string field, string? list = null, int item = 0)
        {
            if (value.Length > max) problems.Add(($"batches[{index}].{(list is null ? "" : $"{list}[{item}].")}{field}", new($"Dài quá {max} ký tự.", $"Longer than {max} characters.")));
        }
        Limit(batch.IdempotencyKey, MaxKeyLength, "idempotency_key");
        Limit(batch.UnitCode, MaxCodeLength, "unit_code");
        Limit(batch.PeriodId, MaxCodeLength, "period_id");
        Limit(batch.Variant, MaxCodeLength, "variant");
        if (batch.Rows.Count > MaxRowsPerBatch)
        {
            problems.Add(($"batches[{index}].rows", new($"{batch.Rows.Count} dòng; mỗi lô (một báo cáo) tối đa {MaxRowsPerBatch} dòng.", $"{batch.Rows.Count} rows; at most {MaxRowsPerBatch} per batch (one report).")));
            return problems;
        }
        for (var i = 0; i < batch.Rows.Count && problems.Count < 100; i++)
        {
            var row = batch.Rows[i];
            Limit(row.Indicator, MaxCodeLength, "indicator", "rows", i);
            Limit(row.Section, MaxCodeLength, "section", "rows", i);
            Limit(row.UnitOfMeasure, MaxCodeLength, "unit_of_measure", "rows", i);
            Limit(row.Label, MaxLabelLength, "label", "rows", i);
            Limit(row.RawValue, ValueReading.MaxRawLength, "raw_value", "rows", i);
            Limit(row.Note, ValueReading.MaxNoteLength, "note", "rows", i);
            Limit(row.Table, MaxLabelLength, "table", "rows", i);
        }
        if (batch.MapRules.Count > MaxMapRules)
        {
            problems.Add(($"batches[{index}].map_rules", new($"{batch.MapRules.Count} quy tắc; tối đa {MaxMapRules}.", $"{batch.MapRules.Count} rules; at most {MaxMapRules}.")));
        }
        for (var i = 0; i < batch.MapRules.Count && i < MaxMapRules && problems.Count < 100; i++)
        {
            var rule = batch.MapRules[i];
            Limit(rule.Field, MaxCodeLength, "field", "map_rules", i);
            Limit(rule.Code, MaxCodeLength, "code", "map_rules", i);
            Limit(rule.Label, MaxLabelLength, "label", "map_rules", i);
            Limit(rule.ParentLabel, MaxLabelLength, "parent_label", "map_rules", i);
            Limit(rule.IndicatorId, MaxCodeLength, "indicator_id", "map_rules", i);
        }
        if (batch.Narrative.Count > MaxNarrativeSections)
        {
            problems.Add(($"batches[{index}].narrative", new($"Tối đa {MaxNarrativeSections} phần.", $"At most {MaxNarrativeSections} sections.")));
        }
        for (var i = 0; i < batch.Narrative.Count && i < MaxNarrativeSections; i++)
        {
            Limit(batch.Narrative[i].Key, MaxCodeLength, "key", "narrative", i);
            Limit(batch.Narrative[i].Heading, MaxLabelLength, "heading", "narrative", i);
            Limit(batch.Narrative[i].Body, ValueReading.MaxTextLength, "body", "narrative", i);
        }
        return problems;
    }
}
