namespace CchcGrpc.Server.Domain.Indices;

/// <summary>One unit's result of one index for one year.</summary>
/// <param name="Rank">Rank among <paramref name="PeerCount"/> peers (1 = best), when published.</param>
/// <param name="Source">Where the numbers come from (a decision, a report); demo data says so.</param>
/// <param name="Demo">True for invented sample values, never to be read as a published result.</param>
public sealed record IndexResult(IndexKind Kind, string UnitCode, int Year, decimal? Total, int? Rank, int? PeerCount, IReadOnlyList<IndexComponent> Components, string Source, bool Demo)
{
    /// <summary>Same numbers, source and criteria (84.37 = 84.370): importing it again changes nothing.</summary>
    public bool SameContent(IndexResult other) =>
        Kind == other.Kind && UnitCode == other.UnitCode && Year == other.Year && Total == other.Total && Rank == other.Rank
        && PeerCount == other.PeerCount && Source == other.Source && Demo == other.Demo && Components.SequenceEqual(other.Components);
}
