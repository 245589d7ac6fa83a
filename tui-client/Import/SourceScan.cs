using System.Security.Cryptography;
using System.Text;

namespace CchcGrpc.Client.Import;

/// <summary>
/// One pass over a file before it is imported, holding one line at a time: the hash of its text
/// (for the idempotency keys), its number of lines (for line numbers across files and the progress
/// bar), and what its content looks like (for --format auto).
/// </summary>
public sealed class SourceScan
{
    private SourceScan(string hash, int lines, bool json, bool tabbedFirstLine, bool appendix) =>
        (ContentHash, LineCount, LooksJson, FirstLineTabbed, HasAppendixHeader) = (hash, lines, json, tabbedFirstLine, appendix);

    /// <summary>SHA-256 of the text (lines joined by \n, without a BOM), hex.</summary>
    public string ContentHash { get; }

    public int LineCount { get; }

    public bool LooksJson { get; }

    public bool FirstLineTabbed { get; }

    /// <summary>Some line is a header row of an appendix table (STT · Chỉ tiêu …).</summary>
    public bool HasAppendixHeader { get; }

    /// <param name="copy">Where to write the lines as they are read (stdin is kept in a temporary file to be read again).</param>
    public static SourceScan Of(TextReader reader, TextWriter? copy = null)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[4096];
        var (lines, json, tabbed, appendix, started) = (0, false, false, false, false);
        while (reader.ReadLine() is { } line)
        {
            if (lines == 0)
            {
                line = line.TrimStart('\uFEFF');
                tabbed = line.Contains('\t');
            }
            lines++;
            copy?.Write(line);
            copy?.Write('\n');
            var size = Encoding.UTF8.GetMaxByteCount(line.Length + 1);
            if (size > buffer.Length) buffer = new byte[size];
            var written = Encoding.UTF8.GetBytes(line, buffer);
            buffer[written++] = (byte)'\n';
            hash.AppendData(buffer, 0, written);
            if (!started && line.Trim().Length > 0)
            {
                (started, json) = (true, line.TrimStart().StartsWith('['));
            }
            appendix = appendix || Header(line);
        }
        return new(Convert.ToHexStringLower(hash.GetHashAndReset()), lines, json, tabbed, appendix);
    }

    private static bool Header(string line)
    {
        if (line.Contains('\t'))
        {
            return MayBeHeader(line) && AppendixColumns.FromHeader([.. line.Split('\t').Select(Markup.Strip)]) is not null;
        }
        return line.TrimStart().StartsWith('|') && PipeRow.Cells(line) is { } cells && AppendixColumns.FromHeader([.. cells.Select(Markup.Strip)]) is not null;
    }

    // Cheap test first: a long TSV has a million tabbed lines, and few start like a table header.
    private static bool MayBeHeader(string line)
    {
        var start = Markup.Strip(line.Length > 40 ? line[..40] : line);
        return start.StartsWith("STT", StringComparison.OrdinalIgnoreCase) || start.StartsWith("TT", StringComparison.OrdinalIgnoreCase)
            || start.StartsWith("Số TT", StringComparison.OrdinalIgnoreCase);
    }
}
