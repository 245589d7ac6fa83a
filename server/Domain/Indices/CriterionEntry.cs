namespace CchcGrpc.Server.Domain.Indices;

/// <summary>A criterion of an improvement plan with the tasks undertaken for it.</summary>
/// <param name="Code">As printed ("1.2.3"); "-" rows are given "{parent}.-{n}" so they stay apart.</param>
/// <param name="ParentCode">Null for a top-level criterion.</param>
public sealed record CriterionEntry(string Code, string? ParentCode, string Name, IReadOnlyList<CriterionTask> Tasks, int SourceLine);
