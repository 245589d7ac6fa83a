namespace CchcGrpc.Client.Tui.Shell;

/// <summary>What the header says about the link: always visible.</summary>
public enum ConnectionState
{
    Unknown,
    Connected,
    Offline,
}
