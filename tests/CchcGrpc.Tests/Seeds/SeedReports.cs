using CchcGrpc.Server.Domain.Catalog;
using CchcGrpc.Server.Domain.Import;
using CchcGrpc.Server.Domain.Numbers;

namespace CchcGrpc.Tests.Seeds;

/// <summary>The seed appendices as reports: each row mapped to its indicator, each cell read as typed.</summary>
public static class SeedReports
{
    public static IReadOnlyList<RowMatch> Matches(string seed, string variant) =>
        new FormRowMatcher(CatalogLoader.Current, variant).Match(SeedAppendix.Rows(seed));

    public static IReadOnlyDictionary<string, CellValue> Values(string seed, string variant) =>
        Matches(seed, variant)
            .Where(m => m.Indicator is not null)
            .ToDictionary(m => m.Indicator!.Id, m => VietnameseNumber.Parse(m.Row.Value));

    public static IReadOnlyDictionary<string, CellValue> Province2022 { get; } = Values(SeedFiles.ProvinceAnnual2022, "province");

    public static IReadOnlyDictionary<string, CellValue> Department2022 { get; } = Values(SeedFiles.DepartmentHalfYear2022, "department");
}
