namespace CchcGrpc.Client.Tui.Screens;

/// <summary>Whom a unit is compared with.</summary>
public enum PeerSet
{
    /// <summary>The units of its level under the same parent.</summary>
    Siblings,

    /// <summary>Its direct children.</summary>
    Children,

    /// <summary>Units marked in the unit browser.</summary>
    Chosen,
}
