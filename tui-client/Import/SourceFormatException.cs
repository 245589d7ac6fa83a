namespace CchcGrpc.Client.Import;

/// <summary>A file that cannot be read as the format it claims; names the line so it can be fixed.</summary>
public sealed class SourceFormatException(string source, int line, string message)
    : Exception($"{source}:{line}: {message}")
{
    public string SourceName { get; } = source;

    public int Line { get; } = line;

    public string Reason { get; } = message;
}
