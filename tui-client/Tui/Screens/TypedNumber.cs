using System.Globalization;
using System.Text.RegularExpressions;

namespace CchcGrpc.Client.Tui.Screens;

/// <summary>
/// A number as an operator types it in the forms' notation ("1.909", "99,73", "99,73%"), read on this
/// machine only for the estimate shown while typing. Only unambiguous writings are read: "." groups
/// thousands (in threes), "," is the decimal mark. Anything else ("1.5", "549/8", text) is left to the
/// server, whose reading is the one that counts.
/// </summary>
public static partial class TypedNumber
{
    /// <summary>The value, or null when the text is empty or not unambiguous.</summary>
    public static decimal? Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var written = text.Trim().TrimEnd('%').Replace(" ", "", StringComparison.Ordinal);
        if (Grouped().IsMatch(written))
            written = written.Replace(".", "", StringComparison.Ordinal);
        else if (!Plain().IsMatch(written))
            return null;
        return decimal.TryParse(written.Replace(',', '.'), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;
    }

    [GeneratedRegex(@"^-?\d{1,3}(\.\d{3})+(,\d+)?$")]
    private static partial Regex Grouped();

    [GeneratedRegex(@"^-?\d+(,\d+)?$")]
    private static partial Regex Plain();
}
