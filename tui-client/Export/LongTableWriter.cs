using System.Text;
using CchcGrpc.Client.Import;
using CchcGrpc.Client.Output;

namespace CchcGrpc.Client.Export;

/// <summary>Writes rows in the long format `cchc import` reads: CSV (or TSV) with a header row, UTF-8 without BOM.</summary>
public static class LongTableWriter
{
    private static readonly string[] Columns = [LongColumns.Unit, LongColumns.Period, LongColumns.Indicator, LongColumns.Value, LongColumns.Note];

    public static string Write(IEnumerable<SourceRow> rows, char delimiter = ',')
    {
        var text = new StringBuilder();
        text.Append(CsvText.Line(Columns, delimiter)).Append('\n');
        foreach (var row in rows)
            text.Append(CsvText.Line([row.Unit, row.Period, row.Indicator, row.RawValue, row.Note], delimiter)).Append('\n');
        return text.ToString();
    }
}
