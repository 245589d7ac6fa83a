using System.Text;
using System.Text.RegularExpressions;

namespace CchcGrpc.Server.Domain.Import;

/// <summary>Compares row wordings the way a reader would: ignoring markup, case, spacing and trailing punctuation.</summary>
public static partial class RowLabels
{
    // Long enough that a shared start means the same row cut short, not two rows that begin alike.
    private const int MinimumPrefix = 20;

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Markup();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    public static string Normalize(string label)
    {
        var text = Markup().Replace(label.Normalize(NormalizationForm.FormC), " ");
        return Spaces().Replace(text, " ").Trim().TrimEnd('.', ':', ';', ',', ' ').ToLowerInvariant();
    }

    public static bool Same(string a, string b) => Normalize(a) == Normalize(b);

    /// <summary>Same, or one is the other cut short (forms truncate long names).</summary>
    public static bool Alike(string a, string b)
    {
        var (x, y) = (Normalize(a), Normalize(b));
        return x == y || Math.Min(x.Length, y.Length) >= MinimumPrefix && (x.StartsWith(y, StringComparison.Ordinal) || y.StartsWith(x, StringComparison.Ordinal));
    }
}
