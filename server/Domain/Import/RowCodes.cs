using System.Text.RegularExpressions;

namespace CchcGrpc.Server.Domain.Import;

/// <summary>Printed codes as a reader takes them: "2.1." = "2.1" = "2. 1", "Tron g đó" = "Trong đó", "b)" a part.</summary>
public static partial class RowCodes
{
    private static readonly string[] PartWords = ["trongdo", "trongso", "chiatheo", "baogom", "gom", "cuthe", "phantheo"];

    [GeneratedRegex(@"^\d+(\.\d+)*$")]
    private static partial Regex Arabic();

    [GeneratedRegex(@"^(?:(?:phan|muc)\s*)?(?:[ivx]+|\d+)$")]
    private static partial Regex SectionWord();

    [GeneratedRegex(@"^[IVXL]+$")]
    private static partial Regex Roman();

    [GeneratedRegex(@"^(?:[a-z]|i{1,3}|iv|vi{0,3})$")]
    private static partial Regex LetterOrSmallRoman();

    /// <summary>The code without markup, spaces and trailing punctuation ("<b>2.1.</b>" → "2.1").</summary>
    public static string Clean(string code)
    {
        var text = LabelText.StripMarkup(code).Trim().TrimEnd('.', ')', ':', ' ');
        return Arabic().IsMatch(text.Replace(" ", "", StringComparison.Ordinal)) ? text.Replace(" ", "", StringComparison.Ordinal) : text;
    }

    public static CodeShape Shape(string code)
    {
        var text = Clean(code);
        if (text.Length == 0)
        {
            return CodeShape.None;
        }
        if (Arabic().IsMatch(text))
        {
            return CodeShape.Arabic;
        }
        if (Roman().IsMatch(text))
        {
            return CodeShape.Roman;
        }
        var folded = LabelText.Fold(text);
        var joined = folded.Replace(" ", "", StringComparison.Ordinal);
        if (folded.Length == 0 || LetterOrSmallRoman().IsMatch(joined) || PartWords.Any(w => joined.StartsWith(w, StringComparison.Ordinal)))
        {
            // Only punctuation ("-", "+", "•") or a letter: a bullet.
            return CodeShape.Part;
        }
        return folded.StartsWith("phan ", StringComparison.Ordinal) && SectionWord().IsMatch(folded) ? CodeShape.Roman : CodeShape.Other;
    }

    /// <summary>The segments of an arabic code ("2.1" → ["2", "1"]), leading zeros dropped ("01" = "1").</summary>
    public static string[] Segments(string code) => [.. Clean(code).Split('.').Select(s => s.TrimStart('0') is { Length: > 0 } t ? t : "0")];

    /// <summary>Whether a label (or its start) is a word that introduces parts: "Trong đó", "Chia theo cấp", "Bao gồm".</summary>
    public static bool IntroducesParts(string text)
    {
        var joined = LabelText.Fold(text).Replace(" ", "", StringComparison.Ordinal);
        return PartWords.Any(w => joined.StartsWith(w, StringComparison.Ordinal));
    }
}
