using CchcGrpc.Server.Domain.Catalog;
using CchcGrpc.Server.Domain.Units;

namespace CchcGrpc.Bench.National;

/// <summary>What the generated dataset holds, for the measurements and the results file.</summary>
internal sealed record NationalDataset(
    string Path,
    IReadOnlyList<OrgUnit> Units,
    IReadOnlyList<string> PeriodIds,
    IReadOnlyDictionary<UnitLevel, IReadOnlyList<Indicator>> IndicatorsByLevel,
    long Reports,
    long Values,
    TimeSpan BuildTime,
    long FileBytes)
{
    public static readonly string[] AllPeriods = ["2024-Q1", "2024-Q2", "2024-Q3", "2024-Q4", "2024-H1", "2024-9M", "2024"];

    /// <summary>
    /// The first <paramref name="count"/> reportable indicators of the catalog that apply to a level,
    /// in catalog order: counts, money and percentages (summed, recomputed or stored only), then choices.
    /// The catalog has fewer than 150 per level, so a larger count takes them all.
    /// </summary>
    public static IReadOnlyList<Indicator> ReportableFor(IndicatorCatalog catalog, UnitLevel level, int count) =>
        [.. catalog.ForLevel(level).Where(i => i.IsNumeric || i.Type == IndicatorType.Choice).OrderBy(i => i.IsNumeric ? 0 : 1).Take(count)];
}
