using CchcGrpc.Server.Domain.Plans.Parsing;

namespace CchcGrpc.Server.Domain.Indices.Parsing;

/// <summary>What <see cref="CriterionPlanReader"/> read: one plan per index table, before a unit is given.</summary>
public sealed record CriterionPlanReading(
    IReadOnlyList<(IndexKind Kind, int? Year, string Title, IReadOnlyList<CriterionEntry> Criteria)> Tables,
    IReadOnlyList<ReadingNote> Notes,
    IReadOnlyList<UnparsedLine> Unparsed)
{
    /// <summary>The year the report's title names, for tables whose heading names none; null when the title names none.</summary>
    public int? DocumentYear { get; init; }

    public IReadOnlyList<CriterionPlan> ToPlans(string unitCode, int year) =>
        [.. Tables.Select(t => new CriterionPlan(t.Kind, unitCode, t.Year ?? year, t.Title, t.Criteria))];
}
