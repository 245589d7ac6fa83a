using System.Globalization;
using CchcGrpc.Server.Domain.Units;

namespace CchcGrpc.Bench.National;

/// <summary>A generated province → district → commune tree with real-looking codes ("01", "01.001", "01.001.00001").</summary>
internal static class NationalUnits
{
    public static readonly DateOnly ValidFrom = new(2000, 1, 1);

    public static List<OrgUnit> Generate(NationalOptions options)
    {
        var units = new List<OrgUnit>(options.Units);
        var communes = options.Units - options.Provinces - options.Districts;
        for (var p = 0; p < options.Provinces; p++)
        {
            units.Add(new OrgUnit(Code(p + 1, 2), $"Tỉnh {p + 1}", UnitLevel.Province, null, ValidFrom, null));
        }
        for (var d = 0; d < options.Districts; d++)
        {
            var province = Code(d % options.Provinces + 1, 2);
            units.Add(new OrgUnit($"{province}.{Code(d + 1, 3)}", $"Huyện {d + 1}", UnitLevel.District, province, ValidFrom, null));
        }
        for (var c = 0; c < communes; c++)
        {
            var d = c % options.Districts;
            var district = $"{Code(d % options.Provinces + 1, 2)}.{Code(d + 1, 3)}";
            units.Add(new OrgUnit($"{district}.{Code(c + 1, 5)}", $"Xã {c + 1}", UnitLevel.Commune, district, ValidFrom, null));
        }
        return units;
    }

    private static string Code(int n, int digits) => n.ToString(new string('0', digits), CultureInfo.InvariantCulture);
}
