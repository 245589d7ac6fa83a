namespace CchcGrpc.Client.Import;

/// <summary>The statistical tables found in a report's appendix (their titles, in order) and their rows as printed.</summary>
public sealed record ExtractedAppendix(IReadOnlyList<string> Tables, IReadOnlyList<SourceRow> Rows)
{
    /// <summary>Reads a whole report text at once (the import itself streams it through <see cref="AppendixReader"/>).</summary>
    public static ExtractedAppendix Extract(string text, string sourceName)
    {
        var reader = new AppendixReader(sourceName);
        var rows = reader.Read(text.Split('\n')).ToList();
        return new(reader.Tables, rows);
    }
}
