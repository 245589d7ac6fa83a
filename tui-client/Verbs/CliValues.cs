using System.Globalization;
using Cchc.V1;
using CchcGrpc.Client.Cli;

namespace CchcGrpc.Client.Verbs;

/// <summary>Small conversions shared by the read-only verbs.</summary>
public static class CliValues
{
    public static UnitLevel Level(string? level) => level switch
    {
        null or "" => UnitLevel.Unspecified,
        "province" or "tinh" or "tỉnh" => UnitLevel.Province,
        "department" or "so" or "sở" => UnitLevel.Department,
        "district" or "huyen" or "huyện" => UnitLevel.District,
        "commune" or "xa" or "xã" => UnitLevel.Commune,
        _ => throw new UsageException($"--level must be province, department, district or commune, not \"{level}\""),
    };

    public static string Name(UnitLevel level) => level switch
    {
        UnitLevel.Province => "province",
        UnitLevel.Department => "department",
        UnitLevel.District => "district",
        UnitLevel.Commune => "commune",
        _ => "",
    };

    public static int Year(string? text, string option) =>
        text is null ? 0 : int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) ? year
            : throw new UsageException($"{option} must be a year, e.g. 2023");

    public static string N(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static void NoPositionals(ParsedArgs args, int allowed = 0)
    {
        if (args.Positionals.Count > allowed)
            throw new UsageException($"unexpected argument \"{args.Positionals[allowed]}\"");
    }
}
