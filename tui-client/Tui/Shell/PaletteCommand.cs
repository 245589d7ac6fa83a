namespace CchcGrpc.Client.Tui.Shell;

/// <summary>A command of the `:` palette: its name (typed to find it), the keys that do the same, and what it runs.</summary>
public sealed record PaletteCommand(string Name, string Keys, Action Run);
