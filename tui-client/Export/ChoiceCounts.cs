using System.Globalization;
using Cchc.V1;

namespace CchcGrpc.Client.Export;

/// <summary>
/// A rolled-up choice or yes/no indicator as one cell: how many units chose each option, in the
/// catalog's option order ("Không: 3; Có: 12"). A choice has no sum, so the export shows the
/// distribution rather than dropping the row; options nobody chose are listed with 0.
/// </summary>
public static class ChoiceCounts
{
    public static string Format(RolledUpValue value, Indicator? indicator)
    {
        var options = indicator?.Options ?? new Google.Protobuf.Collections.MapField<string, string>();
        var codes = options.Keys.Union(value.Distribution.Keys).OrderBy(OptionOrder).ThenBy(c => c, StringComparer.Ordinal);
        return string.Join("; ", codes.Select(code =>
            $"{(options.TryGetValue(code, out var label) ? label : code)}: {value.Distribution.GetValueOrDefault(code).ToString(CultureInfo.InvariantCulture)}"));
    }

    // Option codes are small whole numbers ("0", "1", "2"); "10" comes after "2".
    private static long OptionOrder(string code) => long.TryParse(code, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : long.MaxValue;
}
