namespace CchcGrpc.Client.Tui.SlowLink;

/// <summary>
/// What the operator's terminal can show, read once from the environment the client runs in (over SSH
/// these are the variables the remote shell got): the colour depth and whether the locale is UTF-8.
/// </summary>
/// <param name="Colors">Colour depth to send.</param>
/// <param name="Utf8">False when the locale is not UTF-8: borders, symbols and accented letters are sent as ASCII.</param>
public sealed record TerminalProfile(ColorDepth Colors, bool Utf8)
{
    /// <summary>The profile of this process's environment.</summary>
    public static TerminalProfile FromEnvironment() => FromVariables(Environment.GetEnvironmentVariable);

    /// <summary>
    /// NO_COLOR (any non-empty value, no-color.org) wins; then COLORTERM truecolor/24bit; then a TERM with
    /// 256color; TERM=dumb gets none; anything else 16 colours. The locale is LC_ALL, else LC_CTYPE, else
    /// LANG (the POSIX order); only a UTF-8 codeset counts as UTF-8, and an unset locale is "C".
    /// </summary>
    public static TerminalProfile FromVariables(Func<string, string?> variable)
    {
        ArgumentNullException.ThrowIfNull(variable);
        return new TerminalProfile(ColorsFrom(variable), Utf8From(variable));
    }

    static ColorDepth ColorsFrom(Func<string, string?> variable)
    {
        if (!string.IsNullOrEmpty(variable("NO_COLOR")))
        {
            return ColorDepth.None;
        }
        string term = variable("TERM") ?? "";
        if (term.Equals("dumb", StringComparison.OrdinalIgnoreCase))
        {
            return ColorDepth.None;
        }
        string colorTerm = variable("COLORTERM") ?? "";
        if (colorTerm.Equals("truecolor", StringComparison.OrdinalIgnoreCase)
            || colorTerm.Equals("24bit", StringComparison.OrdinalIgnoreCase)
            || term.EndsWith("-direct", StringComparison.OrdinalIgnoreCase))
        {
            return ColorDepth.TrueColor;
        }
        return term.Contains("256color", StringComparison.OrdinalIgnoreCase) ? ColorDepth.Colors256 : ColorDepth.Colors16;
    }

    static bool Utf8From(Func<string, string?> variable)
    {
        string? locale = new[] { "LC_ALL", "LC_CTYPE", "LANG" }
            .Select(variable)
            .FirstOrDefault(value => !string.IsNullOrEmpty(value));
        if (locale is null)
        {
            return false;
        }
        string normalized = locale.Replace("-", "", StringComparison.Ordinal);
        return normalized.Contains("utf8", StringComparison.OrdinalIgnoreCase);
    }
}
