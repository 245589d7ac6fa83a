namespace CchcGrpc.Client.Tui.SlowLink;

/// <summary>How many colours the terminal is sent; chosen from the environment by <see cref="TerminalProfile"/>.</summary>
public enum ColorDepth
{
    /// <summary>NO_COLOR: no colour sequences at all; focus and selection are shown with reverse video.</summary>
    None,

    /// <summary>The 16 ANSI colours (SGR 30–37, 90–97): a plain TERM such as xterm, screen, vt100, linux.</summary>
    Colors16,

    /// <summary>The xterm 256-colour palette (SGR 38;5;n): TERM ending in -256color.</summary>
    Colors256,

    /// <summary>24-bit colour (SGR 38;2;r;g;b): COLORTERM=truecolor or 24bit.</summary>
    TrueColor,
}
