using CchcGrpc.Server.Domain.Catalog;
using CchcGrpc.Server.Domain.Units;

namespace CchcGrpc.Server.Domain.Import;

/// <summary>
/// What a report's rows are compared with: the labels and codes of these form variants (and every
/// indicator's catalog name), for a unit of this level.
/// </summary>
public sealed record MatchScope(IReadOnlyList<string> Forms, UnitLevel? Level)
{
    /// <summary>The variant an appendix of any layout is sent as: the level's own form, or every form when the level has none.</summary>
    public const string AnyForm = "appendix";

    /// <param name="variant">A variant id (its labels and codes only), or <see cref="AnyForm"/>.</param>
    public static MatchScope For(IndicatorCatalog catalog, string variant, UnitLevel? level)
    {
        if (variant != AnyForm)
        {
            return new([catalog.Variant(variant).Id], level);
        }
        var own = level is { } l ? catalog.Variants.Where(v => v.Level == l).Select(v => v.Id).ToList() : [];
        return new(own.Count > 0 ? own : [.. catalog.Variants.Select(v => v.Id)], level);
    }

    /// <summary>Whether the catalog has a form of the level's own (province, department), rather than lending it another's.</summary>
    public static bool HasOwnForm(IndicatorCatalog catalog, UnitLevel level) => catalog.Variants.Any(v => v.Level == level);
}
