namespace CchcGrpc.Client.Cli;

/// <summary>What the client touches of its process: streams, whether they are terminals, the environment.</summary>
public sealed record CliConsole(
    TextWriter Out,
    TextWriter Error,
    TextReader In,
    bool OutputRedirected,
    bool InputRedirected,
    Func<string, string?> Environment)
{
    public static CliConsole FromProcess() => new(
        Console.Out, Console.Error, Console.In,
        Console.IsOutputRedirected, Console.IsInputRedirected,
        System.Environment.GetEnvironmentVariable);

    /// <summary>$XDG_CONFIG_HOME/cchc, else ~/.config/cchc (on Windows the roaming AppData folder).</summary>
    public string ConfigDirectory =>
        Environment("XDG_CONFIG_HOME") is { Length: > 0 } xdg
            ? Path.Combine(xdg, "cchc")
            : OperatingSystem.IsWindows()
                ? Path.Combine(System.Environment.GetFolderPath(System.Environment.SpecialFolder.ApplicationData), "cchc")
                : Path.Combine(Environment("HOME") is { Length: > 0 } home ? home : System.Environment.GetFolderPath(System.Environment.SpecialFolder.UserProfile), ".config", "cchc");
}
