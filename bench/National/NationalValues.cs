using System.Globalization;
using CchcGrpc.Server.Domain.Catalog;
using CchcGrpc.Server.Domain.Reports;
using CchcGrpc.Server.Domain.Units;

namespace CchcGrpc.Bench.National;

/// <summary>Plausible generated values: counts scaled by level, percentages 0–100 with two decimals, a few "/" and blanks.</summary>
internal static class NationalValues
{
    public static (ValueState State, string? Number, string Raw) Next(Random random, Indicator indicator, UnitLevel level)
    {
        var roll = random.Next(100);
        if (roll == 0)
        {
            return (ValueState.NotApplicable, null, "/");
        }
        if (roll == 1)
        {
            return (ValueState.NotReported, null, "");
        }
        if (indicator.Type == IndicatorType.Choice)
        {
            var option = indicator.Options[random.Next(indicator.Options.Count)].Code.ToString(CultureInfo.InvariantCulture);
            return (ValueState.Reported, option, option);
        }
        var scale = level switch { UnitLevel.Province => 2000, UnitLevel.District => 200, _ => 40 };
        var number = indicator.Type switch
        {
            IndicatorType.Percent => (random.Next(10001) / 100m).ToString("0.##", CultureInfo.InvariantCulture),
            IndicatorType.Money or IndicatorType.Decimal => (random.Next(scale * 100) / 10m).ToString("0.#", CultureInfo.InvariantCulture),
            _ => random.Next(scale).ToString(CultureInfo.InvariantCulture),
        };
        return (ValueState.Reported, number, number);
    }
}
