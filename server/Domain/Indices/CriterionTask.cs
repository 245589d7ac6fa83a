namespace CchcGrpc.Server.Domain.Indices;

/// <summary>One task undertaken for a criterion (Nhiệm vụ, giải pháp) and what came of it (Kết quả).</summary>
/// <param name="SourceLine">1-based line of the row that starts it; 0 when not read from a document.</param>
public sealed record CriterionTask(string Task, string Result, int SourceLine);
