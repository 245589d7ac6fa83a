namespace CchcGrpc.Client.Tui.Offline;

/// <summary>One indicator both I and someone else changed from the same base, to different values.</summary>
/// <param name="IndicatorId">Catalog id ("III.3.1.2").</param>
/// <param name="Base">The value at the revision my edit was made on.</param>
/// <param name="Mine">What I typed.</param>
/// <param name="Theirs">What the server holds now.</param>
public sealed record ValueConflict(string IndicatorId, DraftValue Base, DraftValue Mine, DraftValue Theirs);
