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

    /// <summary>The first <paramref name="count"/> numeric (sum or percentage) indicators of the catalog that apply to a level.</summary>
    public static IReadOnlyList<Indicator> NumericFor(IndicatorCatalog catalog, UnitLevel level, int count) =>
        [.. catalog.ForLevel(level).Where(i => i.IsNumeric && i.Aggregation != AggregationRule.None).Take(count)];
}
