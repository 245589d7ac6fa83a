using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace CchcGrpc.Server.Domain.Import;

/// <summary>
/// A label reduced to what a reader compares: markup dropped; case, spacing and punctuation ignored,
/// accents where a label was written without them (<see cref="LabelWord"/>); the forms' abbreviations spelled out ("TTHC" = "thủ tục hành chính"), and the i/y spellings
/// of one syllable made one ("tỷ lệ" = "tỉ lệ"), so that two wordings of one row compare equal.
/// </summary>
public static partial class LabelText
{
    // Abbreviations the seeds and real district forms use (folded), spelled out.
    private static readonly Dictionary<string, string> Abbreviations = new(StringComparer.Ordinal)
    {
        ["tthc"] = "thủ tục hành chính",
        ["vbqppl"] = "văn bản quy phạm pháp luật",
        ["qppl"] = "quy phạm pháp luật",
        ["ubnd"] = "ủy ban nhân dân",
        ["hdnd"] = "hội đồng nhân dân",
        ["dvsncl"] = "đơn vị sự nghiệp công lập",
        ["dvsn"] = "đơn vị sự nghiệp",
        ["sncl"] = "sự nghiệp công lập",
        ["dvctt"] = "dịch vụ công trực tuyến",
        ["dvc"] = "dịch vụ công",
        ["cchc"] = "cải cách hành chính",
        ["nsnn"] = "ngân sách nhà nước",
        ["pakn"] = "phản ánh kiến nghị",
        ["cqnn"] = "cơ quan nhà nước",
        ["cqcm"] = "cơ quan chuyên môn",
        ["cbcc"] = "cán bộ công chức",
        ["ccvc"] = "công chức viên chức",
        ["dvt"] = "đơn vị tính",
    };

    // The five tone marks: kept apart from the letter they sit on, so that where a form puts them does not count.
    private static readonly Dictionary<char, char> Tones = new() { ['\u0301'] = '1', ['\u0300'] = '2', ['\u0309'] = '3', ['\u0303'] = '4', ['\u0323'] = '5' };

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

    /// <summary>The words, as written and folded, abbreviations spelled out, i/y spellings made one.</summary>
    public static IReadOnlyList<LabelWord> Words(string text)
    {
        var words = new List<LabelWord>();
        foreach (var word in Written(text))
        {
            words.AddRange(Abbreviations.TryGetValue(word.Folded, out var spelled) ? Written(spelled) : [word]);
        }
        return words;
    }

    // Words a label does not end on unless it was cut short ("… dưới dạng điện tử và").
    private static readonly HashSet<string> Connectors =
        ["và", "của", "các", "cho", "với", "từ", "đến", "trên", "theo", "được", "đã", "do", "về", "trong", "tại", "qua", "hoặc", "có", "là", "thuộc", "những", "mà"];

    /// <summary>Whether a label reads as cut short: it ends on a word such as "và", "của", or leaves a parenthesis open.</summary>
    public static bool LooksCut(string label)
    {
        var text = StripMarkup(label).Normalize(NormalizationForm.FormC).ToLowerInvariant().TrimEnd(' ', ',', ';', '-');
        return text.Count(c => c == '(') > text.Count(c => c == ')') || text.Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: > 1 } words && Connectors.Contains(words[^1]);
    }

    /// <summary>Whether the text carries any Vietnamese accent; a text without any is compared folded.</summary>
    public static bool HasAccents(string text) =>
        text.Normalize(NormalizationForm.FormD).Any(c => c is 'đ' or 'Đ' || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark);

    // Lower-case words with their letters' marks and the tone mark moved to the word's end ("hoá", "hóa" → "hoa" + acute), and folded.
    private static IEnumerable<LabelWord> Written(string text)
    {
        var decomposed = Tags().Replace(text, " ").Normalize(NormalizationForm.FormD).ToLowerInvariant();
        var (word, plain, tone) = (new StringBuilder(), new StringBuilder(), "");
        foreach (var c in decomposed.Append(' '))
        {
            if (Tones.TryGetValue(c, out var mark))
            {
                tone = mark.ToString();
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                word.Append(c);
            }
            else if (char.IsLetterOrDigit(c))
            {
                word.Append(c);
                plain.Append(c == 'đ' ? 'd' : c);
            }
            else if (word.Length > 0)
            {
                var folded = OneSpelling(plain.ToString());
                var written = OneSpelling(word.ToString().Normalize(NormalizationForm.FormC));
                yield return new LabelWord(tone.Length > 0 ? $"{written}|{tone}" : written, folded);
                (word, plain, tone) = (new StringBuilder(), new StringBuilder(), "");
            }
        }
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
