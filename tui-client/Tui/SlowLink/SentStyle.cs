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
}
