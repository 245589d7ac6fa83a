using System.Text.RegularExpressions;

namespace CchcGrpc.Client.Import;

/// <summary>The emphasis the converted reports carry (&lt;b&gt;, &lt;i&gt;, **, *…*, __): not part of any code, label or value.</summary>
public static partial class Markup
{
    public static string Strip(string text) =>
        Spaces().Replace(Emphasis().Replace(Tags().Replace(text, "").Replace("**", "").Replace("__", ""), ""), " ").Trim();

    [GeneratedRegex("</?(?:b|i|u|em|strong|sup|sub|span|font|p|br)\\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex Tags();

    // A single * or _ that opens or closes an italic run (*Số ĐVSNCL*), not one standing alone as a bullet.
    [GeneratedRegex(@"(?<=^|\s|\()[*_](?=\S)|(?<=\S)[*_](?=$|\s|[).,:;])")]
    private static partial Regex Emphasis();

    // Only runs of ordinary spaces: tabs separate the cells and must survive.
    [GeneratedRegex(" {2,}")]
    private static partial Regex Spaces();
}
