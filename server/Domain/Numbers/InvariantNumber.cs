using System.Globalization;

namespace CchcGrpc.Server.Domain.Numbers;

/// <summary>
/// A decimal as exact invariant text without trailing zeros (99.730 → "99.73", 12.0 → "12"): the
/// form stored in report_values.number and sent in cchc.v1 number fields.
/// </summary>
public static class InvariantNumber
{
    public static string Format(decimal value) =>
        // Most values are whole counts: formatting them as long skips decimal division. Dividing by 1
        // written with 28 decimals drops trailing zeros far faster than a custom format string.
        decimal.IsInteger(value) && value is >= long.MinValue and <= long.MaxValue
            ? ((long)value).ToString(CultureInfo.InvariantCulture)
            : (value / 1.0000000000000000000000000000m).ToString(CultureInfo.InvariantCulture);
}
