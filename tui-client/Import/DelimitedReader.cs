using System.Text;

namespace CchcGrpc.Client.Import;

/// <summary>
/// Reads the long format as CSV (comma) or TSV (tab): a header row naming the columns, then one
/// value per row. Fields may be quoted ("" escapes a quote; quoted fields may span lines); a
/// record's line number is the line it starts on. Values are kept exactly, spaces included.
/// </summary>
public static class DelimitedReader
{
    public static IReadOnlyList<SourceRow> Read(string text, char delimiter, string sourceName)
    {
        // Records are read one at a time and turned into rows at once: a file's records are never all
        // held as lists of fields (with a dictionary per row that took ~25 times the file's size).
        using var records = Split(text.TrimStart('\uFEFF'), delimiter, sourceName).GetEnumerator();
        if (!records.MoveNext())
            throw new SourceFormatException(sourceName, 1, "empty file: a header row is expected");
        var (headerLine, header) = records.Current;
        var columns = header.Select(h => h.Trim().ToLowerInvariant()).ToArray();
        foreach (var column in columns)
        {
            if (!LongColumns.All.Contains(column))
                throw new SourceFormatException(sourceName, headerLine, $"unknown column \"{column}\" (expected {string.Join(", ", LongColumns.All)})");
            if (Array.IndexOf(columns, column) != Array.LastIndexOf(columns, column))
                throw new SourceFormatException(sourceName, headerLine, $"column \"{column}\" is given twice");
        }
        foreach (var required in LongColumns.Required)
        {
            if (!columns.Contains(required))
                throw new SourceFormatException(sourceName, headerLine, $"missing column \"{required}\"");
        }
        var positions = LongColumns.All.Select(name => Array.IndexOf(columns, name)).ToArray();
        var rows = new List<SourceRow>();
        while (records.MoveNext())
        {
            var (line, fields) = records.Current;
            if (fields.Count != columns.Length)
                throw new SourceFormatException(sourceName, line, $"{fields.Count} fields, the header has {columns.Length}");
            rows.Add(LongColumns.ToRow(line, positions, fields));
        }
        return rows;
    }

    private static IEnumerable<(int Line, List<string> Fields)> Split(string text, char delimiter, string sourceName)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var recordLine = 1;
        var i = 0;
        var quoted = false;
        while (i < text.Length)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i += 2; continue; }
                if (c == '"') { quoted = false; i++; ExpectSeparator(text, i, delimiter, sourceName, line); continue; }
                if (c == '\n') line++;
                field.Append(c);
                i++;
                continue;
            }
            if (c == '"' && field.Length == 0) { quoted = true; i++; continue; }
            if (c == '"')
                throw new SourceFormatException(sourceName, line, "a quote inside an unquoted field (quote the whole field and double the quote)");
            if (c == delimiter) { fields.Add(field.ToString()); field.Clear(); i++; continue; }
            if (c is '\r' or '\n')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
                if (EndRecord(fields, field) is { } record)
                    yield return (recordLine, record);
                line++;
                recordLine = line;
                i++;
                continue;
            }
            field.Append(c);
            i++;
        }
        if (quoted)
            throw new SourceFormatException(sourceName, recordLine, "a quoted field is not closed");
        if (EndRecord(fields, field) is { } last)
            yield return (recordLine, last);
    }

    private static void ExpectSeparator(string text, int i, char delimiter, string sourceName, int line)
    {
        if (i < text.Length && text[i] != delimiter && text[i] != '\r' && text[i] != '\n')
            throw new SourceFormatException(sourceName, line, "text after a closing quote");
    }

    private static List<string>? EndRecord(List<string> fields, StringBuilder field)
    {
        // A blank line is no record; a line with only delimiters is (it has empty fields).
        if (fields.Count == 0 && field.Length == 0)
            return null;
        fields.Add(field.ToString());
        field.Clear();
        var record = new List<string>(fields);
        fields.Clear();
        return record;
    }
}
