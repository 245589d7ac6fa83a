namespace CchcGrpc.Client.Import;

/// <summary>A row's position: the file as named on the command line ("stdin" for -) and its 1-based line.</summary>
public readonly record struct SourceLine(string File, int Line);
