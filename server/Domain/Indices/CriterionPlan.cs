namespace CchcGrpc.Server.Domain.Indices;

/// <summary>
/// An improvement plan for one index (Kế hoạch cải thiện, nâng cao chỉ số …), as a unit reports
/// on it: criterion → task → result (seed 002, PAPI and PAR INDEX tables).
/// </summary>
/// <param name="Title">The heading the table stands under in the document.</param>
public sealed record CriterionPlan(IndexKind Kind, string UnitCode, int Year, string Title, IReadOnlyList<CriterionEntry> Criteria);
