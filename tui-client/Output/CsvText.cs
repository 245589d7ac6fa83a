namespace CchcGrpc.Client.Output;

/// <summary>RFC 4180 quoting: a field with a comma, quote, tab or line break is quoted, quotes doubled.</summary>
public static class CsvText
{
    public static string Field(string value, char delimiter = ',') =>
        value.IndexOfAny([delimiter, '"', '\n', '\r']) >= 0 || (value.Length > 0 && (value[0] == ' ' || value[^1] == ' '))
            ? "\"" + value.Replace("\"", "\"\"") + "\""
            : value;

    public static string Line(IEnumerable<string> fields, char delimiter = ',') =>
        string.Join(delimiter, fields.Select(f => Field(f, delimiter)));
}
