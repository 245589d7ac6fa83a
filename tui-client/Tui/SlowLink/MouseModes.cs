namespace CchcGrpc.Client.Tui.SlowLink;

/// <summary>The DEC private modes that switch mouse reporting on; never sent by the slow-link output.</summary>
public static class MouseModes
{
    // X10, normal, highlight, button-event, any-event tracking; UTF-8, SGR, urxvt and pixel encodings.
    static readonly string[] EnableSequences =
    [
        "\u001b[?9h", "\u001b[?1000h", "\u001b[?1001h", "\u001b[?1002h", "\u001b[?1003h",
        "\u001b[?1005h", "\u001b[?1006h", "\u001b[?1015h", "\u001b[?1016h",
    ];

    /// <summary>The text without any mouse-enabling sequence.</summary>
    public static string Strip(string text)
    {
        if (!text.Contains("\u001b[?", StringComparison.Ordinal))
        {
            return text;
        }
        foreach (string sequence in EnableSequences)
        {
            text = text.Replace(sequence, "", StringComparison.Ordinal);
        }
        return text;
    }

    /// <summary>Whether the text would switch mouse reporting on.</summary>
    public static bool Enables(string text) => EnableSequences.Any(s => text.Contains(s, StringComparison.Ordinal));
}
