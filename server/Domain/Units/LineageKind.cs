namespace CchcGrpc.Server.Domain.Units;

public enum LineageKind
{
    /// <summary>From ceased; its area became part of To.</summary>
    MergedInto = 1,

    /// <summary>To was created from part of From.</summary>
    SplitFrom = 2,

    Renamed = 3,
}
