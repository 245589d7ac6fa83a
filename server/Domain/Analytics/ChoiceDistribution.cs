namespace CchcGrpc.Server.Domain.Analytics;

/// <summary>
/// How many units chose each option of a coded-choice indicator (<c>Chưa = 0, Hoàn thành = 1</c>).
/// Choices are codes, not quantities, so a parent shows this instead of a sum.
/// </summary>
/// <param name="Counts">Option code → number of units, by code; every known option appears, with 0 if nobody chose it.</param>
/// <param name="UnitsByOption">Option code → the units that chose it, by unit code.</param>
/// <param name="MissingUnitCodes">Units without a value.</param>
/// <param name="InvalidUnitCodes">Units whose value is not one of the options (or not a whole number); not counted.</param>
public sealed record ChoiceDistribution(
    IReadOnlyDictionary<int, int> Counts,
    IReadOnlyDictionary<int, IReadOnlyList<string>> UnitsByOption,
    IReadOnlyList<string> MissingUnitCodes,
    IReadOnlyList<string> InvalidUnitCodes)
{
    /// <summary>Units counted in some option.</summary>
    public int Contributors => Counts.Values.Sum();

    /// <param name="options">The indicator's option codes; when null, any whole number counts as an option.</param>
    public static ChoiceDistribution Count(IEnumerable<UnitValue> values, IEnumerable<int>? options = null)
    {
        var known = options?.ToHashSet();
        var chosen = new SortedDictionary<int, List<string>>();
        foreach (var option in known ?? [])
        {
            chosen[option] = [];
        }

        var missing = new List<string>();
        var invalid = new List<string>();
        foreach (var (unitCode, value) in values)
        {
            if (value is null)
            {
                missing.Add(unitCode);
            }
            else if (decimal.IsInteger(value.Value) && value.Value is >= int.MinValue and <= int.MaxValue
                     && (known is null || known.Contains((int)value.Value)))
            {
                var code = (int)value.Value;
                if (!chosen.TryGetValue(code, out var units))
                {
                    chosen[code] = units = [];
                }

                units.Add(unitCode);
            }
            else
            {
                invalid.Add(unitCode);
            }
        }

        return new(
            new SortedDictionary<int, int>(chosen.ToDictionary(c => c.Key, c => c.Value.Count)),
            new SortedDictionary<int, IReadOnlyList<string>>(chosen.ToDictionary(c => c.Key, c => (IReadOnlyList<string>)[.. c.Value.Order(StringComparer.Ordinal)])),
            [.. missing.Order(StringComparer.Ordinal)],
            [.. invalid.Order(StringComparer.Ordinal)]);
    }
}
