namespace CchcGrpc.Server.Domain.Import;

/// <summary>
/// The cut-offs of matching by meaning. The defaults were chosen from the precision/recall table of
/// the transformed seed appendices (tests/CchcGrpc.Tests/Imports/Layouts, printed by
/// TransformedSeedMappingTests): the lowest acceptance that put no value on a wrong indicator in any
/// transformed document, with room to spare, and the margin below which two indicators count as a tie.
/// </summary>
/// <param name="Accept">A row maps only to an indicator whose wording agrees at least this well (0–1).</param>
/// <param name="TieMargin">Candidates within this of the best are too close to tell apart by wording alone.</param>
/// <param name="Section">A row without a value whose label agrees this well with a field's title is that field's heading.</param>
/// <param name="TitleCover">A table title that holds this share of a field's title names that field.</param>
public sealed record MatchThresholds(double Accept, double TieMargin, double Section, double TitleCover)
{
    public const double DefaultAccept = 0.7;
    public const double DefaultTieMargin = 0.05;
    public const double DefaultSection = 0.8;
    public const double DefaultTitleCover = 0.85;

    /// <summary>A title that names a field counts as this many rows that agree with it.</summary>
    public const int TitleVotes = 3;

    public static MatchThresholds Default { get; } = new(DefaultAccept, DefaultTieMargin, DefaultSection, DefaultTitleCover);
}
