namespace CchcGrpc.Server.SampleData;

/// <summary>The mistakes the demo data makes on purpose, of the kinds reviewers find by hand in real reports.</summary>
public enum DemoProblemKind
{
    /// <summary>A part exceeds its whole (resolved on time > resolved).</summary>
    PartExceedsWhole,

    /// <summary>A derived percentage disagrees with its parts.</summary>
    PercentDisagreesWithParts,

    /// <summary>A choice cell holds a code that is not one of the options.</summary>
    ChoiceOutOfRange,

    /// <summary>A percentage typed with a dot (<c>97.35</c>): 97,35 or 9 735? Never guessed.</summary>
    AmbiguousNumber,

    /// <summary>Submitted after the deadline.</summary>
    LateSubmission,

    /// <summary>A report started but never submitted.</summary>
    NotSubmitted,

    /// <summary>No report at all from a unit that owed one.</summary>
    NoReport,
}
