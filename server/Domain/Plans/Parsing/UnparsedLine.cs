using CchcGrpc.Server.Domain.Text;

namespace CchcGrpc.Server.Domain.Plans.Parsing;

/// <summary>A line of the appendix that was not taken into the plan, with why.</summary>
/// <param name="Line">1-based line number in the document.</param>
public sealed record UnparsedLine(int Line, string Text, LocalizedText Reason);
