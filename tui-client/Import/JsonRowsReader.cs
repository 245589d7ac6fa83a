using System.Text;
using System.Text.Json;

namespace CchcGrpc.Client.Import;

/// <summary>
/// Reads the long format as a JSON array of objects with the same names as the CSV columns. A
/// row's line number is the line its object starts on; numbers are kept as written (1909 → "1909").
/// </summary>
public static class JsonRowsReader
{
    public static IReadOnlyList<SourceRow> Read(string text, string sourceName)
    {
        var bytes = Encoding.UTF8.GetBytes(text.TrimStart('\uFEFF'));
        var rows = new List<SourceRow>();
        try
        {
            var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartArray)
                throw new SourceFormatException(sourceName, LineAt(bytes, (int)reader.TokenStartIndex), "a JSON array of objects is expected");
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                var line = LineAt(bytes, (int)reader.TokenStartIndex);
                if (reader.TokenType != JsonTokenType.StartObject)
                    throw new SourceFormatException(sourceName, line, "each element must be an object");
                using var element = JsonDocument.ParseValue(ref reader);
                rows.Add(ToRow(element.RootElement, line, sourceName));
            }
        }
        catch (JsonException e)
        {
            throw new SourceFormatException(sourceName, (int)(e.LineNumber ?? 0) + 1, "invalid JSON: " + FirstSentence(e.Message));
        }
        return rows;
    }

    private static SourceRow ToRow(JsonElement element, int line, string sourceName)
    {
        var fields = new Dictionary<string, string>();
        foreach (var property in element.EnumerateObject())
        {
            var name = property.Name.ToLowerInvariant();
            if (!LongColumns.All.Contains(name))
                throw new SourceFormatException(sourceName, line, $"unknown field \"{property.Name}\"");
            fields[name] = property.Value.ValueKind switch
            {
                JsonValueKind.String => property.Value.GetString()!,
                JsonValueKind.Number => property.Value.GetRawText(),
                JsonValueKind.Null => "",
                _ => throw new SourceFormatException(sourceName, line, $"\"{property.Name}\" must be a string or a number"),
            };
        }
        foreach (var required in new[] { LongColumns.Indicator, LongColumns.Value })
        {
            if (!fields.ContainsKey(required))
                throw new SourceFormatException(sourceName, line, $"missing field \"{required}\"");
        }
        return LongColumns.ToRow(line, fields);
    }

    private static int LineAt(byte[] bytes, int offset) =>
        1 + bytes.AsSpan(0, Math.Min(offset, bytes.Length)).Count((byte)'\n');

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(" Path:", StringComparison.Ordinal);
        return end > 0 ? message[..end] : message;
    }
}
