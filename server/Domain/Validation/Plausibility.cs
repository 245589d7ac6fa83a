using CchcGrpc.Server.Domain.Catalog;
using static CchcGrpc.Server.Domain.Numbers.VietnameseNumber;

using CchcGrpc.Server.Domain.Units;

namespace CchcGrpc.Server.Domain.Validation;

/// <summary>
/// Is a value believable for its unit and level? The usual slip is a factor of 1000 between
/// Triệu đồng and Tỷ đồng (or a thousands dot too many), so that is checked and said explicitly.
/// </summary>
internal static class Plausibility
{
    /// <returns>A Vietnamese explanation when implausible; null when fine or when no range is known.</returns>
    public static string? Check(Indicator indicator, decimal value, UnitLevel level)
    {
        if (!indicator.Plausible.TryGetValue(level, out var range) || range.Contains(value))
        {
            return null;
        }

        var unit = indicator.Unit;
        var said = $"Giá trị {Format(value, 3)} {unit} của chỉ tiêu {indicator.Id} nằm ngoài khoảng hợp lý "
                   + $"{Format(range.Min)}–{Format(range.Max)} {unit} cho {LevelName(level)}.";
        if (range.Contains(value / 1000))
        {
            var slip = unit == "Tỷ đồng" ? " Có vẻ số liệu được nhập theo Triệu đồng" : " Có vẻ lệch 1000 lần";
            return said + $"{slip} (= {Format(value / 1000, 3)} {unit}).";
        }

        if (range.Contains(value * 1000))
        {
            var slip = unit == "Triệu đồng" ? " Có vẻ số liệu được nhập theo Tỷ đồng" : " Có vẻ lệch 1000 lần";
            return said + $"{slip} (= {Format(value * 1000, 3)} {unit}).";
        }

        return said;
    }

    private static string LevelName(UnitLevel level) => level switch
    {
        UnitLevel.Province => "cấp tỉnh",
        UnitLevel.Department => "cấp sở, ngành",
        UnitLevel.District => "cấp huyện",
        _ => "cấp xã",
    };
}
