namespace CchcGrpc.Client.Import;

/// <summary>
/// One import file, read lazily: <see cref="Rows"/> reads it again from the start, one record at a
/// time, so an import never holds the file (a first pass, <see cref="SourceScan"/>, gave its hash and
/// size). Variant says how the rows name indicators: "" for catalog ids (long formats),
/// "appendix" for rows as a report's appendix tables print them.
/// </summary>
public sealed class ImportSource : IDisposable
{
    public const string AppendixVariant = "appendix";

    private readonly Func<TextReader> _open;
    private readonly string? _temporary;

    private ImportSource(string name, ImportFormat format, SourceScan scan, Func<TextReader> open, string? temporary = null)
    {
        (Name, Format, _open, _temporary) = (name, format, open, temporary);
        (ContentHash, LineCount) = (scan.ContentHash, scan.LineCount);
    }

    public string Name { get; }

    public ImportFormat Format { get; }

    public string Variant => Format == ImportFormat.Appendix ? AppendixVariant : "";

    /// <summary>SHA-256 of the file's text (hex): what the idempotency keys are made from.</summary>
    public string ContentHash { get; }

    public int LineCount { get; }

    public IEnumerable<SourceRow> Rows => Format switch
    {
        ImportFormat.Csv => DelimitedReader.Read(_open(), ',', Name),
        ImportFormat.Tsv => DelimitedReader.Read(_open(), '\t', Name),
        ImportFormat.Json => JsonRowsReader.Read(_open(), Name),
        _ => new AppendixReader(Name).Read(Lines(_open())),
    };

    /// <summary>A text held in memory (tests, small inputs).</summary>
    public static ImportSource Parse(string name, string content, ImportFormat format) =>
        Open(name, () => new StringReader(content), format);

    public static ImportSource FromFile(string path, ImportFormat format)
    {
        try
        {
            return Open(path, () => new StreamReader(path, detectEncodingFromByteOrderMarks: true), format);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new SourceFormatException(path, 0, e.Message);
        }
    }

    /// <summary>Standard input, kept in a temporary file while it is read, since the rows are read after the scan.</summary>
    public static ImportSource FromInput(TextReader input, ImportFormat format)
    {
        var temporary = Path.Combine(Path.GetTempPath(), $"cchc-import-{Guid.NewGuid():N}.txt");
        SourceScan scan;
        using (var copy = new StreamWriter(temporary))
        {
            scan = SourceScan.Of(input, copy);
        }
        return new("stdin", Resolve("stdin", format, scan), scan, () => new StreamReader(temporary), temporary);
    }

    public static ImportFormat Detect(string name, string content) => Detect(name, SourceScan.Of(new StringReader(content)));

    public static ImportFormat Detect(string name, SourceScan scan)
    {
        switch (Path.GetExtension(name).ToLowerInvariant())
        {
            case ".csv": return ImportFormat.Csv;
            case ".tsv": return ImportFormat.Tsv;
            case ".json": return ImportFormat.Json;
            case ".txt" or ".md": return ImportFormat.Appendix;
        }
        return scan.LooksJson ? ImportFormat.Json
            : scan.HasAppendixHeader ? ImportFormat.Appendix
            : scan.FirstLineTabbed ? ImportFormat.Tsv
            : ImportFormat.Csv;
    }

    public void Dispose()
    {
        if (_temporary is not null && File.Exists(_temporary))
        {
            File.Delete(_temporary);
        }
    }

    private static ImportSource Open(string name, Func<TextReader> open, ImportFormat format)
    {
        SourceScan scan;
        using (var reader = open())
        {
            scan = SourceScan.Of(reader);
        }
        return new(name, Resolve(name, format, scan), scan, open);
    }

    private static ImportFormat Resolve(string name, ImportFormat format, SourceScan scan) => format == ImportFormat.Auto ? Detect(name, scan) : format;

    private static IEnumerable<string> Lines(TextReader reader)
    {
        using (reader)
        {
            while (reader.ReadLine() is { } line)
            {
                yield return line;
            }
        }
    }
}
