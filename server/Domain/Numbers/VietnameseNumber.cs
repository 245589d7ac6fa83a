using System.Globalization;
using System.Text.RegularExpressions;

namespace CchcGrpc.Server.Domain.Numbers;

/// <summary>
/// Reads and writes numbers the way Vietnamese reports write them: <c>.</c> groups thousands
/// (<c>1.909</c> = 1909), <c>,</c> is the decimal mark (<c>99,73%</c>). A cell that could be read
/// two ways is reported as <see cref="CellKind.Ambiguous"/> with its readings, never guessed.
/// </summary>
public static partial class VietnameseNumber
{
    [GeneratedRegex(@"^-?(\d+|\d{1,3}(\.\d{3})+)(,\d+)?$")]
    private static partial Regex WellFormed();

    // "1,500": a Vietnamese 1,5 or an English-style 1500; a leading 0 ("0,125") is never a thousands group.
    [GeneratedRegex(@"^-?[1-9]\d{0,2},\d{3}$")]
    private static partial Regex CommaThousands();

    [GeneratedRegex(@"^-?\d+(\.\d+)+$")]
    private static partial Regex LooseDotted();

    [GeneratedRegex(@"^\s*([\d.,]+)\s*/\s*([\d.,]+)\s*$")]
    private static partial Regex Composite();

    [GeneratedRegex(@"\d+([.,]\d+)*")]
    private static partial Regex NumberInText();

    public static CellValue Parse(string? raw)
    {
        var text = (raw ?? "").Trim();
        if (text.Length == 0)
        {
            return CellValue.NotReported with { Raw = raw ?? "" };
        }

        if (text == "/")
        {
            return new CellValue { Kind = CellKind.NotApplicable, Raw = raw! };
        }

        var percent = text.EndsWith('%');
        var body = percent ? text[..^1].TrimEnd() : text;
        if (IsPlainWholeNumber(body))
        {
            // Most cells are plain whole numbers ("1599", "50%"): read them without the patterns below.
            return new CellValue
            {
                Kind = percent ? CellKind.Percent : CellKind.Number,
                Raw = raw!,
                Value = decimal.Parse(body, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture),
                HasPercentSign = percent,
            };
        }

        var cell = new CellValue { Kind = CellKind.Text, Raw = raw! };
        if (body.Count(char.IsAsciiDigit) > 28)
        {
            // Past decimal's 28 digits no reading is a number anyone reported: kept as text, not overflowed.
            return cell;
        }
        if (WellFormed().IsMatch(body) && !CommaThousands().IsMatch(body))
        {
            var (value, decimals) = ReadWellFormed(body);
            return cell with
            {
                Kind = percent ? CellKind.Percent : CellKind.Number,
                Value = value,
                Decimals = decimals,
                HasPercentSign = percent,
            };
        }

        if (CommaThousands().IsMatch(body) || LooseDotted().IsMatch(body))
        {
            return cell with { Kind = CellKind.Ambiguous, Readings = AmbiguousReadings.Of(body), HasPercentSign = percent };
        }

        var composite = Composite().Match(text);
        if (composite.Success && TryParseExact(composite.Groups[1].Value, out var left)
            && TryParseExact(composite.Groups[2].Value, out var right))
        {
            return cell with { Kind = CellKind.Composite, Parts = [left, right] };
        }

        var found = NumberInText().Match(text);
        // Only a number inside the text, shorter than it: "1,2,3" is all number-like and would read itself forever.
        return found.Success && found.Value.Length < text.Length && TryParseExact(found.Value, out var embedded)
            ? cell with { NumberInText = embedded }
            : cell;
    }

    private static bool IsPlainWholeNumber(string body)
    {
        var start = body.StartsWith('-') ? 1 : 0;
        // 28 digits stay inside decimal's range; longer runs take the general path.
        if (body.Length == start || body.Length - start > 28)
        {
            return false;
        }
        for (var i = start; i < body.Length; i++)
        {
            if (!char.IsAsciiDigit(body[i]))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Parses a cell that must be an unambiguous number; false for anything else.</summary>
    public static bool TryParseExact(string? raw, out decimal value)
    {
        var cell = Parse(raw);
        value = cell.Value ?? 0;
        return cell.Kind == CellKind.Number;
    }

    /// <summary>Writes <paramref name="value"/> Vietnamese style, rounded to at most <paramref name="maxDecimals"/>.</summary>
    public static string Format(decimal value, int maxDecimals = 2)
    {
        var rounded = Math.Round(value, maxDecimals, MidpointRounding.AwayFromZero);
        // Whole numbers (most cells) skip the custom pattern, the slow path of decimal formatting.
        return InvariantNumber.AsWhole(rounded) is { } whole
            ? whole.ToString("N0", Separators)
            : rounded.ToString(Patterns[maxDecimals], Separators);
    }

    // "#,0", "#,0.#", "#,0.##", ... for every number of decimals Math.Round accepts (0 to 28).
    private static readonly string[] Patterns = [.. Enumerable.Range(0, 29).Select(d => d > 0 ? "#,0." + new string('#', d) : "#,0")];

    /// <summary>Vietnamese separators: '.' groups thousands, ',' marks decimals.</summary>
    private static readonly NumberFormatInfo Separators = new()
    {
        NumberGroupSeparator = ".", NumberDecimalSeparator = ",", NumberGroupSizes = [3], NegativeSign = "-",
    };

    internal static (decimal Value, int Decimals) ReadWellFormed(string body)
    {
        var comma = body.IndexOf(',');
        var decimals = comma < 0 ? 0 : body.Length - comma - 1;
        var invariant = body.Replace(".", "").Replace(',', '.');
        return (decimal.Parse(invariant, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint,
            CultureInfo.InvariantCulture), decimals);
    }
}
