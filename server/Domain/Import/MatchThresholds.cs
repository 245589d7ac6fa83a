namespace CchcGrpc.Server.Domain.Import;

/// <summary>
/// The cut-offs of matching by meaning, chosen from the precision/recall table of the transformed seed
/// appendices (tests/CchcGrpc.Tests/Imports/Layouts, printed by TransformedSeedMappingTests: 282
/// documents, 32,148 values, with rows the catalog does not have among them, such as "Số biên chế được
/// giao năm trước" and "Số nhiệm vụ chưa hoàn thành"). Acceptance 0.60 / 0.65 / 0.70 / 0.75 / 0.80 / 0.85
/// put 30 / 25 / 21 / 0 / 0 / 0 values on a wrong indicator (recall 99.74 / 99.75 / 99.76 / 99.79 / 99.79 /
/// 99.79%): 0.75 is the lowest with none, and 0.80 keeps one step of room for wordings the suite does not
/// have at no cost in recall. Tie margin, at 0.80: 0.02 / 0.05 / 0.08 gave no wrong value and 99.79 / 99.79 /
/// 99.77% recall; 0.05, the middle of that range, leaves wordings that differ by one light word ("Số …"
/// against "Tỷ lệ …" of one wording: 1.00 against 0.97) to the row's unit and context.
/// </summary>
/// <param name="Accept">A row maps only to an indicator whose wording agrees at least this well (0–1).</param>
/// <param name="TieMargin">Candidates within this of the best are too close to tell apart by wording alone.</param>
/// <param name="Section">A row without a value whose label agrees this well with a field's title is that field's heading.</param>
/// <param name="TitleCover">A table title that holds this share of a field's title names that field.</param>
public sealed record MatchThresholds(double Accept, double TieMargin, double Section, double TitleCover)
{
    public const double DefaultAccept = 0.8;
    public const double DefaultTieMargin = 0.05;
    public const double DefaultSection = 0.8;
    public const double DefaultTitleCover = 0.85;

    /// <summary>A title that names a field counts as this many rows that agree with it.</summary>
    public const int TitleVotes = 3;

    public static MatchThresholds Default { get; } = new(DefaultAccept, DefaultTieMargin, DefaultSection, DefaultTitleCover);
}
