using System.Globalization;
using Cchc.V1;
using CchcGrpc.Server.Domain.Catalog;
using CchcGrpc.Server.SampleData;
using Indicator = CchcGrpc.Server.Domain.Catalog.Indicator;
using UnitLevel = CchcGrpc.Server.Domain.Units.UnitLevel;

namespace CchcGrpc.Bench.Import;

/// <summary>
/// Generated import batches, made lazily so the client never holds the import: every entered
/// indicator of each sample unit (departments, districts, communes), one year after another from 1900
/// to 1999, then the half years of those years, and so on: never the recent years, whose reports the
/// sample data holds (submitted or approved, so not importable).
/// </summary>
public static class BenchBatches
{
    private static readonly string[] Kinds = ["", "-H1", "-Q1", "-Q2", "-Q3", "-Q4", "-9M"];

    public static IEnumerable<ImportBatch> Generate(int values)
    {
        var units = SampleOrganisation.Load().Units.Where(u => u.Level != UnitLevel.Province).ToList();
        var entered = units.Select(u => u.Level).Distinct().ToDictionary(l => l, l => CatalogLoader.Current.Indicators
            .Where(i => i.AppliesTo(l) && i.Type != IndicatorType.Group && i.Formula is null).ToList());
        var left = values;
        for (var n = 0; left > 0; n++)
        {
            var unit = units[n % units.Count];
            var round = n / units.Count;
            var period = (1900 + round % 100).ToString(CultureInfo.InvariantCulture) + Kinds[round / 100 % Kinds.Length];
            var batch = new ImportBatch { IdempotencyKey = $"bench-{n}", UnitCode = unit.Code, PeriodId = period, Variant = "id" };
            foreach (var indicator in entered[unit.Level].Take(left))
            {
                batch.Rows.Add(new ImportRow { SourceLine = batch.Rows.Count + 1, Indicator = indicator.Id, RawValue = Raw(indicator, n + batch.Rows.Count) });
            }
            left -= batch.Rows.Count;
            yield return batch;
        }
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
