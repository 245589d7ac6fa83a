using System.Text;
using System.Text.Json;

namespace CchcGrpc.Client.Import;

/// <summary>
/// Reads the long format as a JSON array of objects with the same names as the CSV columns. A
/// row's line number is the line its object starts on; numbers are kept as written (1909 → "1909").
/// The file's bytes are held while it is read (one copy, not its rows); rows are made one at a time.
/// </summary>
public static class JsonRowsReader
{
    private static readonly JsonReaderOptions Options = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    public static IReadOnlyList<SourceRow> Read(string text, string sourceName) => [.. Read(new StringReader(text), sourceName)];

    public static IEnumerable<SourceRow> Read(TextReader input, string sourceName)
    {
        byte[] bytes;
        using (input)
        {
            bytes = Encoding.UTF8.GetBytes(input.ReadToEnd().TrimStart('\uFEFF'));
        }
        var cursor = new Cursor(bytes, sourceName);
        while (cursor.Next() is { } row)
        {
            yield return row;
        }
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

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(" Path:", StringComparison.Ordinal);
        return end > 0 ? message[..end] : message;
    }

    /// <summary>Where the reading stands between two rows: the reader's state and offset, and lines counted so far.</summary>
    private sealed class Cursor(byte[] bytes, string sourceName)
    {
        private JsonReaderState _state = new(Options);
        private int _offset;
        private bool _started;
        private int _countedTo;
        private int _line = 1;

        public SourceRow? Next()
        {
            var reader = new Utf8JsonReader(bytes.AsSpan(_offset), isFinalBlock: true, _state);
            try
            {
                if (!_started)
                {
                    if (!reader.Read() || reader.TokenType != JsonTokenType.StartArray)
                        throw new SourceFormatException(sourceName, LineAt(_offset + (int)reader.TokenStartIndex), "a JSON array of objects is expected");
                    _started = true;
                }
                if (!reader.Read() || reader.TokenType == JsonTokenType.EndArray)
                {
                    return null;
                }
                var line = LineAt(_offset + (int)reader.TokenStartIndex);
                if (reader.TokenType != JsonTokenType.StartObject)
                    throw new SourceFormatException(sourceName, line, "each element must be an object");
                using var element = JsonDocument.ParseValue(ref reader);
                var row = ToRow(element.RootElement, line, sourceName);
                (_offset, _state) = (_offset + (int)reader.BytesConsumed, reader.CurrentState);
                return row;
            }
            catch (JsonException e)
            {
                // The reader's state carries the line across the slices: the number is the file's.
                throw new SourceFormatException(sourceName, (int)(e.LineNumber ?? 0) + 1, "invalid JSON: " + FirstSentence(e.Message));
            }
        }

        // Lines are counted forward from the last row only: counting from the start for each row made large files quadratic.
        private int LineAt(int offset)
        {
            var end = Math.Min(offset, bytes.Length);
            if (end > _countedTo)
            {
                _line += bytes.AsSpan(_countedTo, end - _countedTo).Count((byte)'\n');
                _countedTo = end;
            }
            return _line;
        }
    }
}
