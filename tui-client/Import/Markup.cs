using System.Text.RegularExpressions;

namespace CchcGrpc.Client.Import;

/// <summary>The emphasis the converted reports carry (&lt;b&gt;, &lt;i&gt;, **): not part of any code, label or value.</summary>
public static partial class Markup
{
    public static string Strip(string text) => Spaces().Replace(Tags().Replace(text, "").Replace("**", ""), " ").Trim();

    [GeneratedRegex("</?(?:b|i|u|em|strong|sup|sub)>", RegexOptions.IgnoreCase)]
    private static partial Regex Tags();

    // Only runs of ordinary spaces: tabs separate the cells and must survive.
    [GeneratedRegex(" {2,}")]
    private static partial Regex Spaces();
}
