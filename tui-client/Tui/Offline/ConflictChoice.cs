namespace CchcGrpc.Client.Tui.Offline;

/// <summary>How the operator settles one value that someone else changed too.</summary>
public enum ConflictChoice
{
    /// <summary>Keep what I typed (it overwrites theirs).</summary>
    Mine,

    /// <summary>Take theirs (my edit is dropped).</summary>
    Theirs,

    /// <summary>Put back the value both of us started from.</summary>
    Base,
}
