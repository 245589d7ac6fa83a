namespace CchcGrpc.Client.Import;

/// <summary>
/// Makes row positions unambiguous across the files of one `cchc import`. The server only echoes
/// a number per row (source_line), so each file's lines are sent shifted past the lines of the files
/// before it, and results are mapped back here to the file and its own line. The first file is
/// not shifted, so a single-file import sends its real line numbers.
/// </summary>
public sealed class SourceLines
{
    private readonly List<(string File, int Offset)> _files = [];
    private int _next;

    /// <summary>Registers the next file by its number of lines; returns what to add to its line numbers on the wire.</summary>
    public int Add(string file, int lineCount)
    {
        var offset = _next;
        _files.Add((file, offset));
        // Rows carry lines from 1; a file without lines still takes one number so offsets stay distinct.
        _next = checked(offset + Math.Max(1, lineCount));
        return offset;
    }

    /// <summary>The file and line a number the server echoed stands for.</summary>
    public SourceLine Resolve(int wireLine)
    {
        for (var i = _files.Count - 1; i >= 0; i--)
        {
            // Line 0 (no position) stays with the first file whose range starts there.
            if (wireLine > _files[i].Offset || i == 0)
                return new SourceLine(_files[i].File, wireLine - _files[i].Offset);
        }
        return new SourceLine("", wireLine);
    }
}
