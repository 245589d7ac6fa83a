using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace CchcGrpc.Server.Domain.Import;

/// <summary>
/// A label reduced to what a reader compares: markup dropped; accents, case, spacing and punctuation
/// ignored; the forms' abbreviations spelled out ("TTHC" = "thủ tục hành chính"), and the i/y spellings
/// of one syllable made one ("tỷ lệ" = "tỉ lệ"), so that two wordings of one row compare equal.
/// </summary>
public static partial class LabelText
{
    // Abbreviations the seeds and real district forms use, folded, with their words folded.
    private static readonly Dictionary<string, string[]> Abbreviations = new(StringComparer.Ordinal)
    {
        ["tthc"] = ["thu", "tuc", "hanh", "chinh"],
        ["vbqppl"] = ["van", "ban", "quy", "pham", "phap", "luat"],
        ["qppl"] = ["quy", "pham", "phap", "luat"],
        ["ubnd"] = ["uy", "ban", "nhan", "dan"],
        ["hdnd"] = ["hoi", "dong", "nhan", "dan"],
        ["dvsncl"] = ["don", "vi", "su", "nghiep", "cong", "lap"],
        ["dvsn"] = ["don", "vi", "su", "nghiep"],
        ["sncl"] = ["su", "nghiep", "cong", "lap"],
        ["dvctt"] = ["dich", "vu", "cong", "truc", "tuyen"],
        ["dvc"] = ["dich", "vu", "cong"],
        ["cchc"] = ["cai", "cach", "hanh", "chinh"],
        ["nsnn"] = ["ngan", "sach", "nha", "nuoc"],
        ["pakn"] = ["phan", "anh", "kien", "nghi"],
        ["cqnn"] = ["co", "quan", "nha", "nuoc"],
        ["cqcm"] = ["co", "quan", "chuyen", "mon"],
        ["cbcc"] = ["can", "bo", "cong", "chuc"],
        ["ccvc"] = ["cong", "chuc", "vien", "chuc"],
        ["dvt"] = ["don", "vi", "tinh"],
    };

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\([^()]*\)")]
    private static partial Regex Asides();

    /// <summary>Lower case, without accents (đ = d), markup and punctuation; words separated by one space.</summary>
    public static string Fold(string text)
    {
        var decomposed = Tags().Replace(text, " ").Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            var lower = c is 'đ' or 'Đ' ? 'd' : char.ToLowerInvariant(c);
            folded.Append(char.IsLetterOrDigit(lower) ? lower : ' ');
        }
        return string.Join(' ', folded.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>The folded words, abbreviations spelled out, i/y spellings made one.</summary>
    public static IReadOnlyList<string> Words(string text)
    {
        var words = new List<string>();
        foreach (var word in Fold(text).Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (Abbreviations.TryGetValue(word, out var spelled))
            {
                words.AddRange(spelled.Select(OneSpelling));
            }
            else
            {
                words.Add(OneSpelling(word));
            }
        }
        return words;
    }

    /// <summary>The text without HTML tags and ** / __ emphasis.</summary>
    public static string StripMarkup(string text) => Tags().Replace(text, "").Replace("**", "", StringComparison.Ordinal).Replace("__", "", StringComparison.Ordinal);

    /// <summary>The text without its parenthesised asides: "Số TTHC cấp tỉnh (Bao gồm …)" → "Số TTHC cấp tỉnh".</summary>
    public static string WithoutAsides(string text) => Asides().Replace(text, " ");

    // "tỷ"/"tỉ", "kỹ"/"kĩ", "lý"/"lí", "quý"/"quí": one syllable, two spellings.
    private static string OneSpelling(string word) => word switch
    {
        "ty" => "ti",
        "ky" => "ki",
        "ly" => "li",
        "my" => "mi",
        "sy" => "si",
        "hy" => "hi",
        "quy" => "qui",
        _ => word,
    };
}
