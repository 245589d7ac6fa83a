using CchcGrpc.Client.Tui.Shell;
using Terminal.Gui.Drawing;
using Attribute = Terminal.Gui.Drawing.Attribute;

namespace CchcGrpc.Client.Tui.Host;

/// <summary>
/// The attribute of each <see cref="CellStyle"/>: 16 ANSI colours (the slow-link layer lowers or
/// drops them for the terminal); focus is black on cyan, which the slow-link layer sends in reverse
/// video when there is no colour.
/// </summary>
public static class CellColors
{
    public static Attribute Of(CellStyle style) => style switch
    {
        CellStyle.Header => new Attribute(ColorName16.White, ColorName16.Blue),
        CellStyle.Footer => new Attribute(ColorName16.Black, ColorName16.Gray),
        CellStyle.Heading => new Attribute(new Color(ColorName16.BrightCyan), new Color(ColorName16.Black), TextStyle.Bold),
        // Black on cyan, not reverse video of it: SGR 7 swapped it into cyan on black, so an empty focused
        // cell looked like any other, and without colour the slow-link layer (which reverses light
        // backgrounds) cancelled the reverse out and nothing marked the focus at all.
        CellStyle.Focus => new Attribute(ColorName16.Black, ColorName16.BrightCyan),
        CellStyle.Selected => new Attribute(ColorName16.White, ColorName16.DarkGray),
        CellStyle.Error => new Attribute(new Color(ColorName16.BrightRed), new Color(ColorName16.Black), TextStyle.Bold),
        CellStyle.Warning => new Attribute(ColorName16.BrightYellow, ColorName16.Black),
        CellStyle.Dim => new Attribute(ColorName16.Gray, ColorName16.Black),
        CellStyle.Own => new Attribute(new Color(ColorName16.Black), new Color(ColorName16.BrightYellow), TextStyle.Bold),
        CellStyle.Input => new Attribute(new Color(ColorName16.White), new Color(ColorName16.Blue), TextStyle.Underline),
        CellStyle.Good => new Attribute(ColorName16.BrightGreen, ColorName16.Black),
        _ => new Attribute(ColorName16.White, ColorName16.Black),
    };
}
