using System.Globalization;
using System.Text;

namespace CchcGrpc.Client.Text;

/// <summary>Accent-insensitive matching: "gia nghia" finds "Gia Nghĩa", "dak" finds "Đắk" (the UI's filters, the importer's header wordings).</summary>
public static class Accents
{
    public static string Fold(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
                continue;
            folded.Append(c switch { 'đ' => 'd', 'Đ' => 'd', _ => char.ToLowerInvariant(c) });
        }
        return folded.ToString();
    }

    public static bool Contains(string text, string query) => Fold(text).Contains(Fold(query), StringComparison.Ordinal);
}
