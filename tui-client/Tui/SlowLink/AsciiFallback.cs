using System.Globalization;
using System.Text;

namespace CchcGrpc.Client.Tui.SlowLink;

/// <summary>
/// What a cell is sent as when the locale is not UTF-8: box-drawing lines as <c>+ - |</c>, blocks and
/// symbols as their nearest ASCII sign, Vietnamese letters without their marks (<c>Đắk Mil</c> →
/// <c>Dak Mil</c>), anything else as <c>?</c>. Every result is as many columns wide as the original, so
/// the layout Terminal.Gui computed still holds.
/// </summary>
/// <remarks>
/// Upstream (Terminal.Gui 2.5.0) draws borders with the Unicode box-drawing glyphs whatever the locale,
/// and has no ASCII line style; mapping at the output keeps every view's own drawing as it is.
/// </remarks>
public static class AsciiFallback
{
    /// <summary>The ASCII text sent for one cell's grapheme of <paramref name="columns"/> columns.</summary>
    public static string ToAscii(string grapheme, int columns)
    {
        if (grapheme.Length == 1 && grapheme[0] < 0x80)
        {
            return grapheme;
        }
        if (columns >= 2)
        {
            return new string('?', columns);
        }
        Rune rune = Rune.GetRuneAt(grapheme, 0);
        char sign = Sign(rune.Value);
        if (sign != '\0')
        {
            return sign.ToString();
        }
        char letter = BaseLetter(grapheme);
        return letter == '\0' ? "?" : letter.ToString();
    }

    static char Sign(int c) => c switch
    {
        // Box drawing (U+2500–U+257F): horizontal and vertical strokes of every weight, dash and double.
        0x2500 or 0x2501 or 0x2504 or 0x2505 or 0x2508 or 0x2509 or 0x254C or 0x254D or 0x2550
            or 0x2574 or 0x2576 or 0x2578 or 0x257A or 0x257C or 0x257E => '-',
        0x2502 or 0x2503 or 0x2506 or 0x2507 or 0x250A or 0x250B or 0x254E or 0x254F or 0x2551
            or 0x2575 or 0x2577 or 0x2579 or 0x257B or 0x257D or 0x257F => '|',
        >= 0x2500 and <= 0x257F => '+',
        // Block elements and shades (scroll bars, sparklines, bars).
        >= 0x2580 and <= 0x259F => '#',
        0x25B2 or 0x25B3 or 0x25B4 or 0x25B5 or 0x2191 or 0x02C4 => '^',
        0x25BC or 0x25BD or 0x25BE or 0x25BF or 0x2193 or 0x02C5 => 'v',
        0x25C0 or 0x25C4 or 0x25C2 or 0x2190 or 0x25C1 => '<',
        0x25B6 or 0x25BA or 0x25B8 or 0x2192 or 0x25B7 => '>',
        0x2026 => '.',
        0x2022 or 0x25CF or 0x25CB or 0x25C9 or 0x25E6 or 0x2219 => '*',
        0x2713 or 0x2714 or 0x221A => 'x',
        0x2018 or 0x2019 or 0x201A => '\'',
        0x201C or 0x201D or 0x201E => '"',
        0x2013 or 0x2014 or 0x2212 => '-',
        0x00A0 or 0x2002 or 0x2003 or 0x2009 or 0x202F => ' ',
        0x00B7 => '.',
        0x00D7 => 'x',
        _ => '\0',
    };

    // The letter under the marks: NFD, keep the first ASCII letter; đ/Đ have no decomposition.
    static char BaseLetter(string grapheme)
    {
        if (grapheme.StartsWith('đ'))
        {
            return 'd';
        }
        if (grapheme.StartsWith('Đ'))
        {
            return 'D';
        }
        string decomposed = grapheme.Normalize(NormalizationForm.FormD);
        foreach (char c in decomposed)
        {
            if (c < 0x80 && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.Control)
            {
                return c;
            }
        }
        return '\0';
    }
}
