using System.Globalization;
using Cchc.V1;
using CchcGrpc.Server.Domain.Catalog;
using Indicator = CchcGrpc.Server.Domain.Catalog.Indicator;
using CchcGrpc.Server.Domain.Units;
using UnitLevel = CchcGrpc.Server.Domain.Units.UnitLevel;
using CchcGrpc.Server.SampleData;

namespace CchcGrpc.Tests.Imports;

/// <summary>
/// A large, valid import: every entered (non-heading, non-formula) indicator of each report, named
/// by catalog id, for the sample units over several years. Deterministic, so a re-run is the same import.
/// </summary>
public static class GeneratedImport
{
    public static IEnumerable<ImportBatch> Batches(int reports, string keyPrefix)
    {
        var units = SampleOrganisation.Load().Units.Where(u => u.Level != UnitLevel.Province).ToList();
        for (var n = 0; n < reports; n++)
        {
            var unit = units[n % units.Count];
            yield return Batch(unit, (2000 + n / units.Count).ToString(CultureInfo.InvariantCulture), $"{keyPrefix}-{n}");
        }
    }

    public static ImportBatch Batch(OrgUnit unit, string period, string key)
    {
        var batch = new ImportBatch { IdempotencyKey = key, UnitCode = unit.Code, PeriodId = period, Variant = "id" };
        var line = 0;
        foreach (var indicator in CatalogLoader.Current.Indicators.Where(i => i.AppliesTo(unit.Level) && i.Type != IndicatorType.Group && i.Formula is null))
        {
            line++;
            batch.Rows.Add(new ImportRow { SourceLine = line, Indicator = indicator.Id, RawValue = Raw(indicator, line + period.Length) });
        }
        return batch;
    }

    private static string Raw(Indicator indicator, int seed) => indicator.Type switch
    {
        IndicatorType.Count => (seed % 40).ToString(CultureInfo.InvariantCulture),
        IndicatorType.Percent => "50%",
        IndicatorType.Decimal or IndicatorType.Money => "12,5",
        IndicatorType.Choice => indicator.Options[0].Code.ToString(CultureInfo.InvariantCulture),
        IndicatorType.YesNo => "1",
        _ => "Đã triển khai",
    };
}
