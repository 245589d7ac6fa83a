namespace CchcGrpc.Server.Reporting.Imports;

/// <summary>
/// How many bytes an import's answer may list (<see cref="ImportResultBuilder"/>): three quarters of
/// the largest message the server sends (--max-message-mb), the rest left for the summary and framing,
/// so a large import is never refused at its very end for the size of its answer.
/// </summary>
public sealed record ImportAnswerSize(int MaxBytes)
{
    public static ImportAnswerSize ForMessagesOf(int maxMessageBytes) => new(maxMessageBytes / 4 * 3);
}
