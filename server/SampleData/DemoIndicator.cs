using CchcGrpc.Server.Domain.Units;

namespace CchcGrpc.Server.SampleData;

/// <summary>
/// What the demo generator needs to know about an indicator. Small on purpose so the real catalog
/// can be mapped onto it: counts and money → <see cref="Count(string, string?, UnitLevel[])"/> with
/// the whole they are part of, derived percentages → <see cref="Percent"/> from their formula's
/// operands, choices and yes/no → <see cref="Choice"/> with their option codes.
/// </summary>
public sealed record DemoIndicator
{
    public required string Id { get; init; }

    public required DemoIndicatorKind Kind { get; init; }

    /// <summary>For a count: the count it is part of and may not exceed (resolved on time ≤ resolved).</summary>
    public string? PartOf { get; init; }

    /// <summary>For a percentage: the part and the whole it is computed from.</summary>
    public string? PartId { get; init; }

    public string? WholeId { get; init; }

    /// <summary>For a choice: its option codes, lowest first; the last is the "done" answer most units give.</summary>
    public IReadOnlyList<int> Options { get; init; } = [];

    /// <summary>Levels whose reports carry it; empty means every level.</summary>
    public IReadOnlySet<UnitLevel> Levels { get; init; } = new HashSet<UnitLevel>();

    public bool AppliesTo(UnitLevel level) => Levels.Count == 0 || Levels.Contains(level);

    public static DemoIndicator Count(string id, string? partOf = null, params UnitLevel[] levels) =>
        new() { Id = id, Kind = DemoIndicatorKind.Count, PartOf = partOf, Levels = levels.ToHashSet() };

    public static DemoIndicator Percent(string id, string partId, string wholeId, params UnitLevel[] levels) =>
        new() { Id = id, Kind = DemoIndicatorKind.Percent, PartId = partId, WholeId = wholeId, Levels = levels.ToHashSet() };

    public static DemoIndicator Choice(string id, IReadOnlyList<int> options, params UnitLevel[] levels) =>
        options.Count == 0
            ? throw new ArgumentException($"Choice indicator '{id}' needs at least one option.", nameof(options))
            : new() { Id = id, Kind = DemoIndicatorKind.Choice, Options = [.. options.Order()], Levels = levels.ToHashSet() };

    /// <summary>
    /// A handful of real indicators of catalog 2022.1, on the levels whose forms carry them there:
    /// the CCHC plan's tasks (I.1, I.2), dossiers resolved on time by who received them — III.3.1
    /// sở/ngành (a department reports only the percentage), III.3.2 huyện, III.3.3 xã — and two
    /// e-government choices (VII.1, VII.2).
    /// </summary>
    public static IReadOnlyList<DemoIndicator> Sample { get; } =
    [
        Count("I.1"),
        Count("I.2.1"),
        Count("I.2.2", partOf: "I.2.1"),
        Percent("I.2", "I.2.2", "I.2.1", UnitLevel.Province, UnitLevel.District, UnitLevel.Commune),
        Count("III.3.1.1", null, UnitLevel.Province),
        Count("III.3.1.2", "III.3.1.1", UnitLevel.Province),
        Percent("III.3.1", "III.3.1.2", "III.3.1.1", UnitLevel.Province, UnitLevel.Department),
        Count("III.3.2.1", null, UnitLevel.Province, UnitLevel.District),
        Count("III.3.2.2", "III.3.2.1", UnitLevel.Province, UnitLevel.District),
        Percent("III.3.2", "III.3.2.2", "III.3.2.1", UnitLevel.Province, UnitLevel.District),
        Count("III.3.3.1", null, UnitLevel.Province, UnitLevel.Commune),
        Count("III.3.3.2", "III.3.3.1", UnitLevel.Province, UnitLevel.Commune),
        Percent("III.3.3", "III.3.3.2", "III.3.3.1", UnitLevel.Province, UnitLevel.Commune),
        Choice("VII.1", [0, 1], UnitLevel.Province, UnitLevel.Department),
        Choice("VII.2", [0, 1, 2], UnitLevel.Province, UnitLevel.Department),
    ];
}
