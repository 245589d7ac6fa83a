using CchcGrpc.Server.Domain.Units;

namespace CchcGrpc.Server.SampleData;

/// <summary>
/// A province's form reports some figures for the units below it — dossiers resolved by its
/// departments, districts or communes. Such a count (one whose levels name the province and a
/// lower level) is made the sum of the submitted reports below the province, and its
/// percentages are recomputed, so that rolling up the units gives the province's own figures.
/// A province with no units below it (Bình Thuận, the old Lâm Đồng here) keeps invented figures.
/// </summary>
internal static class ProvinceTotals
{
    public static IEnumerable<DemoReport> Apply(List<DemoReport> reports, Dictionary<string, OrgUnit> units, List<DemoIndicator> ordered)
    {
        var totals = ordered.Where(i => i.Kind == DemoIndicatorKind.Count && i.Levels.Contains(UnitLevel.Province) && i.Levels.Count > 1).ToList();
        var below = reports
            .Where(r => r.Level != UnitLevel.Province && r.FirstSubmittedAt is not null)
            .ToLookup(r => ProvinceOf(r.UnitCode), StringComparer.Ordinal);
        foreach (var report in reports)
        {
            if (report.Level != UnitLevel.Province || !below.Contains(report.UnitCode) || totals.Count == 0)
            {
                yield return report;
                continue;
            }

            var values = report.Values.ToDictionary(v => v.IndicatorId, StringComparer.Ordinal);
            foreach (var total in totals.Where(t => values.ContainsKey(t.Id)))
            {
                var parts = below[report.UnitCode].Where(r => total.Levels.Contains(r.Level)).Select(r => r[total.Id]?.Number).OfType<decimal>().ToList();
                if (parts.Count > 0)
                {
                    values[total.Id] = DemoCells.Reported(total, parts.Sum());
                }
            }

            foreach (var percent in ordered.Where(i => i.Kind == DemoIndicatorKind.Percent && values.ContainsKey(i.Id)))
            {
                values[percent.Id] = DemoCells.PercentOf(percent, values[percent.PartId!].Number, values[percent.WholeId!].Number);
            }

            yield return report with { Values = [.. report.Values.Select(v => values[v.IndicatorId])] };
        }

        string ProvinceOf(string code)
        {
            var unit = units[code];
            for (var depth = 0; unit.ParentCode is not null && depth < units.Count; depth++)
            {
                unit = units[unit.ParentCode];
            }

            return unit.Code;
        }
    }
}
