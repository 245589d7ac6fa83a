using System.Text.Json;
using CchcGrpc.Client.Import;
using CchcGrpc.Client.Output;

namespace CchcGrpc.Client.Export;

/// <summary>Writes rows as the JSON array `cchc import` reads (values always as strings, so "1.909" stays "1.909").</summary>
public static class JsonRowsWriter
{
    public static string Write(IEnumerable<SourceRow> rows) =>
        JsonSerializer.Serialize(
            rows.Select(r => new Dictionary<string, string>
            {
                [LongColumns.Unit] = r.Unit,
                [LongColumns.Period] = r.Period,
                [LongColumns.Indicator] = r.Indicator,
                [LongColumns.Value] = r.RawValue,
                [LongColumns.Note] = r.Note,
            }),
            Printer.JsonOptions) + "\n";
}
