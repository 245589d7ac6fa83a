using CchcGrpc.Server.Domain.Catalog;

namespace CchcGrpc.Server.Domain.Import;

/// <summary>What a printed row was taken to be.</summary>
/// <param name="Section">The field of the row's table (or the field a heading row opens); null when undecided.</param>
/// <param name="Score">How well the row's label agrees with <paramref name="Indicator"/>; 0 without one.</param>
/// <param name="Candidates">For a row left unmapped: the closest indicators, best first (at most three).</param>
/// <param name="ParentLabel">The label of the row this one is under, as printed ("" for none).</param>
public sealed record RowMatch(
    FormRow Row,
    RowMatchKind Kind,
    Indicator? Indicator,
    Field? Section,
    double Score = 0,
    IReadOnlyList<IndicatorCandidate>? Candidates = null,
    string ParentLabel = "")
{
    public IReadOnlyList<IndicatorCandidate> Closest => Candidates ?? [];
}
