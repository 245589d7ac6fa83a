using System.Globalization;

namespace CchcGrpc.Server.Domain.Numbers;

/// <summary>
/// A decimal as exact invariant text without trailing zeros (99.730 → "99.73", 12.0 → "12"): the
/// form stored in report_values.number and sent in cchc.v1 number fields.
/// </summary>
public static class InvariantNumber
{
    public static string Format(decimal value) =>
        // Dividing by 1 written with 28 decimals drops trailing zeros far faster than a custom format string.
        AsWhole(value) is { } whole
            ? whole.ToString(CultureInfo.InvariantCulture)
            : (value / 1.0000000000000000000000000000m).ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// The value as a long when it is a whole number in range, else null. Most cells are whole counts,
    /// and formatting a long is far cheaper than formatting a decimal.
    /// </summary>
    public static long? AsWhole(decimal value) =>
        decimal.IsInteger(value) && value is >= long.MinValue and <= long.MaxValue ? (long)value : null;
}
