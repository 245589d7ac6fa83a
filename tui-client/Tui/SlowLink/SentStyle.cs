using Terminal.Gui.Drawing;

namespace CchcGrpc.Client.Tui.SlowLink;

/// <summary>
/// A cell's look as it goes on the wire at the profile's colour depth: the SGR parameters of the
/// foreground and background ("" = the terminal's default colour) and the text style. Two Terminal.Gui
/// attributes that map to the same sent style cost no bytes to switch between.
/// </summary>
public readonly record struct SentStyle(string Foreground, string Background, TextStyle Style)
{
    /// <summary>The terminal's default colours, no style (what SGR 0 leaves).</summary>
    public static SentStyle Default { get; } = new("", "", TextStyle.None);

    /// <summary>
    /// How a blank cell in this style looks, as a style: only a background shows on a blank (for reverse
    /// video with an explicit foreground, that colour). Two blanks whose looks are equal cannot be told
    /// apart, so neither needs re-sending for the other. Underline and strike show on a blank, and reverse
    /// of the terminal's default colours is whatever the terminal makes of it: those blanks look like their
    /// exact style only.
    /// </summary>
    public SentStyle BlankLook
    {
        get
        {
            if ((Style & (TextStyle.Underline | TextStyle.Strikethrough)) != 0)
            {
                return this;
            }
            if ((Style & TextStyle.Reverse) == 0)
            {
                return new SentStyle("", Background, TextStyle.None);
            }
            string background = Foreground switch
            {
                "" => "",
                var f when f.StartsWith("38;", StringComparison.Ordinal) => "48;" + f[3..],
                var f when int.TryParse(f, System.Globalization.CultureInfo.InvariantCulture, out int code) => (code + 10).ToString(System.Globalization.CultureInfo.InvariantCulture),
                _ => "",
            };
            return background.Length == 0 ? this : new SentStyle("", background, TextStyle.None);
        }
    }

    /// <summary>Whether a blank in this style shows as a plain background (no underline, strike, reverse of the defaults).</summary>
    public bool ErasesToBlankLook => BlankLook.Style == TextStyle.None && BlankLook.Foreground == "";
}
