using Terminal.Gui.Drawing;
using Attribute = Terminal.Gui.Drawing.Attribute;

namespace CchcGrpc.Client.Tui.SlowLink;

/// <summary>
/// Maps Terminal.Gui attributes to <see cref="SentStyle"/> at one colour depth, and writes the shortest
/// SGR sequence that changes the terminal from one sent style to another.
/// </summary>
/// <remarks>
/// Upstream (Terminal.Gui 2.5.0, OutputBase.AppendOrWriteAttribute) always sends 24-bit colour, or 16
/// colours when Force16Colors is set (which NO_COLOR also only turns into 16 colours), and repeats
/// both colours on every change. Here 256 colours are a palette index and NO_COLOR sends no colour at all;
/// with no colour, a cell whose background is lighter than its foreground (how every built-in scheme
/// draws focus and selection) is sent in reverse video, so the focused field and the selected row stay
/// visible.
/// </remarks>
public sealed class StyleMapper(ColorDepth colors)
{
    /// <summary>The colour depth this mapper sends.</summary>
    public ColorDepth Colors { get; } = colors;

    readonly Dictionary<Attribute, SentStyle> _mapped = [];

    /// <summary>The sent style of a cell's attribute (no attribute = the terminal's default).</summary>
    public SentStyle Map(Attribute? attribute)
    {
        if (attribute is not { } a)
        {
            return SentStyle.Default;
        }
        if (!_mapped.TryGetValue(a, out SentStyle sent))
        {
            sent = Compute(a);
            _mapped[a] = sent;
        }
        return sent;
    }

    SentStyle Compute(Attribute a)
    {
        if (Colors == ColorDepth.None)
        {
            bool lightBackground = Luminance(a.Background, background: true) > Luminance(a.Foreground, background: false);
            TextStyle style = a.Style & ~TextStyle.Reverse;
            bool reverse = lightBackground ^ a.Style.HasFlag(TextStyle.Reverse);
            return new SentStyle("", "", reverse ? style | TextStyle.Reverse : style);
        }
        return new SentStyle(ColorParameters(a.Foreground, background: false), ColorParameters(a.Background, background: true), a.Style);
    }

    /// <summary>
    /// Appends the SGR sequence that turns <paramref name="from"/> into <paramref name="to"/> (nothing when
    /// equal); <paramref name="from"/> null means the terminal's state is unknown, so it starts from SGR 0.
    /// </summary>
    public static void AppendChange(System.Text.StringBuilder output, SentStyle? from, SentStyle to)
    {
        if (from == to)
        {
            return;
        }
        var parameters = new List<string>(6);
        SentStyle start = from ?? SentStyle.Default;
        if (from is null)
        {
            parameters.Add("0");
        }
        TextStyle removed = start.Style & ~to.Style;
        TextStyle added = to.Style & ~start.Style;
        // SGR 22 ends both bold and faint; whichever of the two stays is added back.
        if ((removed & (TextStyle.Bold | TextStyle.Faint)) != 0)
        {
            parameters.Add("22");
            added |= to.Style & (TextStyle.Bold | TextStyle.Faint);
        }
        AddIf(parameters, removed, TextStyle.Italic, "23");
        AddIf(parameters, removed, TextStyle.Underline, "24");
        AddIf(parameters, removed, TextStyle.Blink, "25");
        AddIf(parameters, removed, TextStyle.Reverse, "27");
        AddIf(parameters, removed, TextStyle.Strikethrough, "29");
        AddIf(parameters, added, TextStyle.Bold, "1");
        AddIf(parameters, added, TextStyle.Faint, "2");
        AddIf(parameters, added, TextStyle.Italic, "3");
        AddIf(parameters, added, TextStyle.Underline, "4");
        AddIf(parameters, added, TextStyle.Blink, "5");
        AddIf(parameters, added, TextStyle.Reverse, "7");
        AddIf(parameters, added, TextStyle.Strikethrough, "9");
        if (to.Foreground != start.Foreground)
        {
            parameters.Add(to.Foreground == "" ? "39" : to.Foreground);
        }
        if (to.Background != start.Background)
        {
            parameters.Add(to.Background == "" ? "49" : to.Background);
        }
        // Starting again from SGR 0 is sometimes shorter (to the default colours: ESC[m instead of ESC[39;49m).
        if (from is not null)
        {
            List<string> reset = Absolute(to);
            if (reset.Count == 1)
            {
                reset.Clear();
            }
            if (string.Join(';', reset).Length < string.Join(';', parameters).Length)
            {
                parameters = reset;
            }
        }
        output.Append("\u001b[").AppendJoin(';', parameters).Append('m');
    }

    // SGR 0 and everything of a style, as from an unknown terminal state.
    static List<string> Absolute(SentStyle to)
    {
        var parameters = new List<string>(6) { "0" };
        AddIf(parameters, to.Style, TextStyle.Bold, "1");
        AddIf(parameters, to.Style, TextStyle.Faint, "2");
        AddIf(parameters, to.Style, TextStyle.Italic, "3");
        AddIf(parameters, to.Style, TextStyle.Underline, "4");
        AddIf(parameters, to.Style, TextStyle.Blink, "5");
        AddIf(parameters, to.Style, TextStyle.Reverse, "7");
        AddIf(parameters, to.Style, TextStyle.Strikethrough, "9");
        if (to.Foreground != "")
        {
            parameters.Add(to.Foreground);
        }
        if (to.Background != "")
        {
            parameters.Add(to.Background);
        }
        return parameters;
    }

    static void AddIf(List<string> parameters, TextStyle set, TextStyle flag, string code)
    {
        if ((set & flag) != 0)
        {
            parameters.Add(code);
        }
    }

    string ColorParameters(Color color, bool background)
    {
        if (color == Color.None)
        {
            return "";
        }
        return Colors switch
        {
            ColorDepth.TrueColor => $"{(background ? 48 : 38)};2;{color.R};{color.G};{color.B}",
            ColorDepth.Colors256 => $"{(background ? 48 : 38)};5;{Palette256.Nearest(color.R, color.G, color.B)}",
            _ => ((int)color.GetAnsiColorCode() + (background ? 10 : 0)).ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
    }

    // Relative luminance; the terminal's default colours count as light text on a dark background.
    static double Luminance(Color color, bool background) =>
        color == Color.None ? (background ? 0 : 1) : (0.2126 * color.R + 0.7152 * color.G + 0.0722 * color.B) / 255.0;
}
