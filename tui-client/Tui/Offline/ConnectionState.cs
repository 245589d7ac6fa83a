namespace CchcGrpc.Client.Tui.Offline;

/// <summary>The link to the server as the footer shows it.</summary>
public enum ConnectionState
{
    /// <summary>The last call reached the server.</summary>
    Connected,

    /// <summary>A call just failed for the link (not for its content); the client is trying again.</summary>
    Reconnecting,

    /// <summary>Several tries in a row failed; edits go to local drafts and are sent when the link is back.</summary>
    Offline,
}
