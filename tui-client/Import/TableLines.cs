using System.Text.RegularExpressions;

namespace CchcGrpc.Client.Import;

/// <summary>
/// What a line of a converted report is, around its appendix tables: a table's heading ("Biểu 3",
/// "PHỤ LỤC 1", "Phu luc so 2", glued to its title or not), a choice option ("Hoàn thành = 1"), or a
/// stray line between two pages of a table (a page number, a signature block, a header in capitals).
/// </summary>
public static partial class TableLines
{
    private static readonly string[] SignatureStarts = ["kt ", "tm ", "q ", "noi nhan", "nguoi lap", "nguoi ky", "ky ten", "luu vt"];

    // Folded (no accents, no punctuation): a heading word, then a number glued or not to the title.
    [GeneratedRegex(@"^(?:bieu|phu luc|bang|mau)(?: so)? ?(?:\d+(?!\d)|[ivx]+\b)")]
    private static partial Regex NumberedHeading();

    [GeneratedRegex(@"^[-–—\s]*\d+[-–—\s]*$|^(?:trang|page)\s*\d+|^\d+\s*/\s*\d+$", RegexOptions.IgnoreCase)]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"=\s*(\d+)")]
    private static partial Regex OptionCode();

    [GeneratedRegex(@"^\W*[^=\d][^=]{0,60}=\s*\d+\s*\W*$")]
    private static partial Regex Option();

    [GeneratedRegex(@"^(\D{0,20}?\d+)(?=\p{L})")]
    private static partial Regex GluedNumber();

    /// <summary>A heading with its title glued to its number ("Phụ lục 3Cải cách …") parted: "Phụ lục 3 Cải cách …".</summary>
    public static string Unglued(string heading) => GluedNumber().Replace(heading, "$1 ");

    /// <summary>"Biểu 1", "Phụ lục 3: …", "PHỤ LỤC" alone (the department form's appendix).</summary>
    public static bool IsHeading(string plain)
    {
        var folded = AppendixColumns.Fold(plain);
        return NumberedHeading().IsMatch(folded) || folded.StartsWith("phu luc", StringComparison.Ordinal) && plain.Length <= 160;
    }

    public static bool LooksStray(string plain)
    {
        if (PageNumber().IsMatch(plain.Trim()) || IsHeading(plain))
        {
            return true;
        }
        var folded = AppendixColumns.Fold(plain) + " ";
        if (SignatureStarts.Any(s => folded.StartsWith(s, StringComparison.Ordinal)))
        {
            return true;
        }
        var letters = plain.Where(char.IsLetter).ToList();
        return letters.Count >= 4 && letters.All(char.IsUpper);
    }

    /// <summary>What an STT cell may hold: nothing, a number ("2.1.", "III"), a bullet, "Trong đó".</summary>
    public static bool CouldBeCode(string code)
    {
        var folded = AppendixColumns.Fold(code);
        return folded.Length == 0 || CodeLike().IsMatch(code.Trim()) || folded.StartsWith("tron", StringComparison.Ordinal) || folded.Length == 1;
    }

    [GeneratedRegex(@"^[\dIVXivx.\s)(*+•–—-]+$")]
    private static partial Regex CodeLike();

    /// <summary>One option of a coded choice written on its own line: "Hoàn thành = 1", "- Chưa = 0".</summary>
    public static bool IsOption(string text) => Option().IsMatch(text.Trim());

    /// <summary>The code of the one option a text gives ("Hoàn thành = 1" → "1"), or null.</summary>
    public static string? SingleOptionCode(string text) =>
        OptionCode().Matches(text) is { Count: 1 } one ? one[0].Groups[1].Value : null;

    /// <summary>A cross or tick that marks the chosen option instead of writing its code.</summary>
    public static bool IsMark(string value) => value.Trim() is "x" or "X" or "✓" or "✔" or "☑" or "☒" or "v" or "V";
}
