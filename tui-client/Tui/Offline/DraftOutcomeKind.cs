namespace CchcGrpc.Client.Tui.Offline;

/// <summary>The kinds of <see cref="DraftOutcome"/>.</summary>
public enum DraftOutcomeKind
{
    /// <summary>The server stored the changes.</summary>
    Saved,

    /// <summary>Not sent: the link is down.</summary>
    Pending,

    /// <summary>The report has a newer revision with other values for some of the same indicators.</summary>
    Conflicted,

    /// <summary>The server answered with an error about the content.</summary>
    Rejected,
}
