using System.Globalization;
using Cchc.V1;
using CchcGrpc.Client.Cli;

namespace CchcGrpc.Client.Verbs;

/// <summary>Options and conversions shared by the read-only verbs.</summary>
public static class CliValues
{
    /// <summary>--level: the English words (offered by tab completion) or the Vietnamese ones, with or without diacritics.</summary>
    public static CliOption<UnitLevel> LevelOption(Bilingual help) => CliOptions.Choice("--level", help,
        [("province", UnitLevel.Province), ("department", UnitLevel.Department), ("district", UnitLevel.District), ("commune", UnitLevel.Commune)],
        [
            ("tinh", UnitLevel.Province), ("tỉnh", UnitLevel.Province), ("so", UnitLevel.Department), ("sở", UnitLevel.Department),
            ("huyen", UnitLevel.District), ("huyện", UnitLevel.District), ("xa", UnitLevel.Commune), ("xã", UnitLevel.Commune),
        ]);

    public static CliOption<int?> YearOption(string name, Bilingual help) =>
        CliOptions.Number(name, help, _ => true, "a year, e.g. 2023");

    public static string Name(UnitLevel level) => level switch
    {
        UnitLevel.Province => "province",
        UnitLevel.Department => "department",
        UnitLevel.District => "district",
        UnitLevel.Commune => "commune",
        _ => "",
    };

    public static string N(int value) => value.ToString(CultureInfo.InvariantCulture);
}
