namespace CchcGrpc.Client.Import;

/// <summary>
/// One import file read into rows. Variant says how the rows name indicators: "" for catalog ids
/// (long formats), "province" / "department" for codes as an appendix prints them.
/// </summary>
public sealed record ImportSource(string Name, string Content, ImportFormat Format, string Variant, IReadOnlyList<SourceRow> Rows)
{
    /// <summary>Reads a file's text as the given format, or guesses it from the name and content.</summary>
    public static ImportSource Parse(string name, string content, ImportFormat format)
    {
        var resolved = format == ImportFormat.Auto ? Detect(name, content) : format;
        return resolved switch
        {
            ImportFormat.Csv => new(name, content, resolved, "", DelimitedReader.Read(content, ',', name)),
            ImportFormat.Tsv => new(name, content, resolved, "", DelimitedReader.Read(content, '\t', name)),
            ImportFormat.Json => new(name, content, resolved, "", JsonRowsReader.Read(content, name)),
            _ => FromAppendix(name, content),
        };
    }

    public static ImportFormat Detect(string name, string content)
    {
        switch (Path.GetExtension(name).ToLowerInvariant())
        {
            case ".csv": return ImportFormat.Csv;
            case ".tsv": return ImportFormat.Tsv;
            case ".json": return ImportFormat.Json;
            case ".txt" or ".md": return ImportFormat.Appendix;
        }
        var text = content.TrimStart('\uFEFF').TrimStart();
        if (text.StartsWith('['))
            return ImportFormat.Json;
        if (content.Contains("Chỉ tiêu thống kê", StringComparison.OrdinalIgnoreCase))
            return ImportFormat.Appendix;
        var firstLine = text.Split('\n', 2)[0];
        return firstLine.Contains('\t') ? ImportFormat.Tsv : ImportFormat.Csv;
    }

    private static ImportSource FromAppendix(string name, string content)
    {
        var appendix = AppendixExtractor.Extract(content, name);
        return new(name, content, ImportFormat.Appendix, appendix.Variant, appendix.Rows);
    }
}
