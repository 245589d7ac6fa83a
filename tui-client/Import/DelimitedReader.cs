using System.Text;

namespace CchcGrpc.Client.Import;

/// <summary>
/// Reads the long format as CSV (comma) or TSV (tab): a header row naming the columns, then one
/// value per row. Fields may be quoted ("" escapes a quote; quoted fields may span lines); a
/// record's line number is the line it starts on. Values are kept exactly, spaces included.
/// Records are read one at a time from the reader and turned into rows at once: the file is never
/// held (holding it and its records took ~22 times the file's size).
/// </summary>
public static class DelimitedReader
{
    public static IReadOnlyList<SourceRow> Read(string text, char delimiter, string sourceName) =>
        [.. Read(new StringReader(text), delimiter, sourceName)];

    public static IEnumerable<SourceRow> Read(TextReader reader, char delimiter, string sourceName)
    {
        using (reader)
        {
            using var records = Split(reader, delimiter, sourceName).GetEnumerator();
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
            while (records.MoveNext())
            {
                var (line, fields) = records.Current;
                if (fields.Count != columns.Length)
                    throw new SourceFormatException(sourceName, line, $"{fields.Count} fields, the header has {columns.Length}");
                yield return LongColumns.ToRow(line, positions, fields);
            }
        }
    }

    private static IEnumerable<(int Line, List<string> Fields)> Split(TextReader reader, char delimiter, string sourceName)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var recordLine = 1;
        var quoted = false;
        var first = true;
        for (var c = reader.Read(); c >= 0; c = reader.Read())
        {
            if (first && c == '\uFEFF')
            {
                first = false;
                continue;
            }
            first = false;
            if (quoted)
            {
                if (c == '"' && reader.Peek() == '"') { field.Append('"'); reader.Read(); continue; }
                if (c == '"') { quoted = false; ExpectSeparator(reader.Peek(), delimiter, sourceName, line); continue; }
                if (c == '\n') line++;
                field.Append((char)c);
                continue;
            }
            if (c == '"' && field.Length == 0) { quoted = true; continue; }
            if (c == '"')
                throw new SourceFormatException(sourceName, line, "a quote inside an unquoted field (quote the whole field and double the quote)");
            if (c == delimiter) { fields.Add(field.ToString()); field.Clear(); continue; }
            if (c is '\r' or '\n')
            {
                if (c == '\r' && reader.Peek() == '\n') reader.Read();
                if (EndRecord(fields, field) is { } record)
                    yield return (recordLine, record);
                line++;
                recordLine = line;
                continue;
            }
            field.Append((char)c);
        }
        if (quoted)
            throw new SourceFormatException(sourceName, recordLine, "a quoted field is not closed");
        if (EndRecord(fields, field) is { } last)
            yield return (recordLine, last);
    }

    private static void ExpectSeparator(int next, char delimiter, string sourceName, int line)
    {
        if (next >= 0 && next != delimiter && next != '\r' && next != '\n')
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
