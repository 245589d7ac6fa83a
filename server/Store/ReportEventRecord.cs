using CchcGrpc.Server.Domain.Reports;

namespace CchcGrpc.Server.Store;

/// <summary>One audit entry: a value change (IndicatorId set) or a status change (To set).</summary>
/// <param name="Position">Where it sits in the history; the cursor for the next page.</param>
public sealed record ReportEventRecord(
    HistoryPosition Position,
    DateTimeOffset At,
    string UserName,
    string Via,
    long Revision,
    string? IndicatorId,
    string? OldRawText,
    string? NewRawText,
    string? OldNote,
    string? NewNote,
    ReportStatus? From,
    ReportStatus? To,
    string? Comment);
