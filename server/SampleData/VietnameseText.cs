using System.Globalization;

namespace CchcGrpc.Server.SampleData;

/// <summary>Numbers as Vietnamese forms print them: dots group thousands, a comma marks decimals ("1.909", "99,73").</summary>
internal static class VietnameseText
{
    private static readonly NumberFormatInfo Format = new() { NumberGroupSeparator = ".", NumberDecimalSeparator = ",", NegativeSign = "-" };

    public static string Number(decimal value)
    {
        // Dividing by a 1 of the largest scale drops trailing zeros: 98.50 → 98.5.
        var normalized = value / 1.0000000000000000000000000000m;
        return normalized.ToString("N" + normalized.Scale.ToString(CultureInfo.InvariantCulture), Format);
    }

    public static string Percent(decimal value) => Number(value) + "%";
}
