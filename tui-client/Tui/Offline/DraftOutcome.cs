using Cchc.V1;
using Grpc.Core;

namespace CchcGrpc.Client.Tui.Offline;

/// <summary>What happened to a draft sent to the server.</summary>
public sealed record DraftOutcome(DraftOutcomeKind Kind, UpdateReportValuesResponse? Stored = null, DraftConflict? Conflict = null, RpcException? Error = null)
{
    /// <summary>Stored; the draft file is gone.</summary>
    public static DraftOutcome Saved(UpdateReportValuesResponse? stored) => new(DraftOutcomeKind.Saved, Stored: stored);

    /// <summary>The link is down; the draft stays on disk and is sent on reconnect.</summary>
    public static DraftOutcome Pending(RpcException error) => new(DraftOutcomeKind.Pending, Error: error);

    /// <summary>Someone changed the same values; the operator settles them.</summary>
    public static DraftOutcome Conflicted(DraftConflict conflict) => new(DraftOutcomeKind.Conflicted, Conflict: conflict);

    /// <summary>The server refused the values (bad input, report not editable); the draft stays.</summary>
    public static DraftOutcome Rejected(RpcException error) => new(DraftOutcomeKind.Rejected, Error: error);
}
