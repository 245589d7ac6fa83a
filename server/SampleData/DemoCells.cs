using System.Globalization;
using CchcGrpc.Server.Domain.Periods;
using CchcGrpc.Server.Domain.Units;

namespace CchcGrpc.Server.SampleData;

/// <summary>The values of one unit's report for one period.</summary>
internal sealed class DemoCells(int seed, OrgUnit unit, PeriodId period, Random random, HashSet<DemoProblemKind> planned, List<DemoProblem> problems)
{
    private readonly Dictionary<string, DemoValue> values = new(StringComparer.Ordinal);

    public Dictionary<string, DemoValue> Generate(List<DemoIndicator> ordered)
    {
        var dependedOn = ordered.SelectMany(i => new[] { i.PartOf, i.PartId, i.WholeId }).OfType<string>().ToHashSet(StringComparer.Ordinal);
        foreach (var indicator in ordered.Where(i => i.AppliesTo(unit.Level)))
        {
            values[indicator.Id] = indicator.Kind switch
            {
                DemoIndicatorKind.Count => Count(indicator, dependedOn.Contains(indicator.Id)),
                DemoIndicatorKind.Percent => Percent(indicator),
                _ => Choice(indicator),
            };
        }

        return values;
    }

    private DemoValue Count(DemoIndicator indicator, bool dependedOn)
    {
        if (indicator.PartOf is { } wholeId)
        {
            var whole = values.GetValueOrDefault(wholeId)?.Number;
            if (whole is null)
            {
                return Empty(indicator);
            }

            if (Take(DemoProblemKind.PartExceedsWhole))
            {
                var excess = whole.Value + Math.Max(1, Math.Round(whole.Value * 0.05m));
                problems.Add(new(DemoProblemKind.PartExceedsWhole, unit.Code, period, [indicator.Id, wholeId],
                    $"{indicator.Id} = {excess} exceeds its whole {wholeId} = {whole} ({unit.Name}, {period.Label})."));
                return Reported(indicator, excess);
            }

            // Most dossiers are resolved on time and most plan tasks done: parts run 85–100 % of the whole.
            return Reported(indicator, Math.Round(whole.Value * (0.85m + (0.15m * (decimal)random.NextDouble()))));
        }

        // Now and then a commune leaves a stand-alone count empty (never one others are computed from).
        if (!dependedOn && unit.Level == UnitLevel.Commune && random.NextDouble() < 0.03)
        {
            return Empty(indicator);
        }

        return Reported(indicator, Math.Round(Magnitude(indicator.Id) * (0.85m + (0.3m * (decimal)random.NextDouble()))));
    }

    private DemoValue Percent(DemoIndicator indicator)
    {
        // Some forms carry a percentage without its parts (a department reports only its share of dossiers resolved on time).
        var withParts = values.ContainsKey(indicator.PartId!) || values.ContainsKey(indicator.WholeId!);
        var cell = withParts
            ? PercentOf(indicator, values.GetValueOrDefault(indicator.PartId!)?.Number, values.GetValueOrDefault(indicator.WholeId!)?.Number)
            : Share(indicator, Math.Round(85m + (15m * (decimal)random.NextDouble()), 2, MidpointRounding.AwayFromZero));
        if (cell.Number is not { } share)
        {
            return cell;
        }

        if (withParts && Take(DemoProblemKind.PercentDisagreesWithParts))
        {
            var entered = share > 10m ? share - 4.5m : share + 4.5m;
            problems.Add(new(DemoProblemKind.PercentDisagreesWithParts, unit.Code, period, [indicator.Id, indicator.PartId!, indicator.WholeId!],
                $"{indicator.Id} = {entered} % but {indicator.PartId} / {indicator.WholeId} × 100 = {share} % ({unit.Name}, {period.Label})."));
            return new(indicator.Id, DemoValueState.Reported, entered, VietnameseText.Percent(entered));
        }

        if (share.Scale == 2 && share % 0.1m != 0 && Take(DemoProblemKind.AmbiguousNumber))
        {
            var typed = share.ToString(CultureInfo.InvariantCulture);
            problems.Add(new(DemoProblemKind.AmbiguousNumber, unit.Code, period, [indicator.Id],
                $"{indicator.Id} typed as '{typed}': {VietnameseText.Number(share)} or {VietnameseText.Number(share * 100)}? ({unit.Name}, {period.Label})."));
            return new(indicator.Id, DemoValueState.Reported, share, typed);
        }

        return cell;
    }

    /// <summary>part / whole × 100 as the forms print it; "/" when the whole is 0, empty when a part is.</summary>
    public static DemoValue PercentOf(DemoIndicator indicator, decimal? part, decimal? whole)
    {
        if (part is null || whole is null)
        {
            return Empty(indicator);
        }

        if (whole == 0)
        {
            return new(indicator.Id, DemoValueState.NotApplicable, null, "/");
        }

        return Share(indicator, Math.Round(part.Value / whole.Value * 100m, 2, MidpointRounding.AwayFromZero));
    }

    private static DemoValue Share(DemoIndicator indicator, decimal share) =>
        new(indicator.Id, DemoValueState.Reported, share, VietnameseText.Percent(share));

    private DemoValue Choice(DemoIndicator indicator)
    {
        if (Take(DemoProblemKind.ChoiceOutOfRange))
        {
            var code = indicator.Options[^1] + 1;
            problems.Add(new(DemoProblemKind.ChoiceOutOfRange, unit.Code, period, [indicator.Id],
                $"{indicator.Id} = {code}, not one of the options {string.Join(", ", indicator.Options)} ({unit.Name}, {period.Label})."));
            return Reported(indicator, code);
        }

        // Seven in ten units have done it (the last option); the rest are spread over the others.
        var chosen = indicator.Options.Count == 1 || random.NextDouble() < 0.7
            ? indicator.Options[^1]
            : indicator.Options[random.Next(indicator.Options.Count - 1)];
        return Reported(indicator, chosen);
    }

    /// <summary>A unit's typical count: the indicator's scale × the unit's level and size × the period's share of a year.</summary>
    private decimal Magnitude(string indicatorId)
    {
        decimal[] scales = [8m, 25m, 60m, 150m, 400m];
        var scale = scales[StableSeed.Of(seed, indicatorId) % scales.Length];
        var level = unit.Level switch
        {
            UnitLevel.Province => 30m,
            UnitLevel.Department => 4m,
            UnitLevel.District => 6m,
            _ => 1m,
        };
        var size = 0.6m + (decimal)new Random(StableSeed.Of(seed, unit.Code)).NextDouble();
        var share = period.Kind switch
        {
            PeriodKind.Year => 1m,
            PeriodKind.NineMonths => 0.74m,
            PeriodKind.HalfYear => 0.48m,
            _ => 0.25m,
        };
        var growth = 1m + (0.06m * (period.Year - 2023));
        return scale * level * size * share * growth;
    }

    private bool Take(DemoProblemKind kind) => planned.Remove(kind);

    public static DemoValue Reported(DemoIndicator indicator, decimal value) =>
        new(indicator.Id, DemoValueState.Reported, value, VietnameseText.Number(value));

    private static DemoValue Empty(DemoIndicator indicator) => new(indicator.Id, DemoValueState.NotReported, null, "");
}
