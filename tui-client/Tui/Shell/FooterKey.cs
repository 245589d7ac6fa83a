namespace CchcGrpc.Client.Tui.Shell;

/// <summary>One entry of the footer line: the key as written ("F2/Enter") and what it does.</summary>
public sealed record FooterKey(string Keys, string Action);
