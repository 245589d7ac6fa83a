using CchcGrpc.Server.Domain.Reports;

namespace CchcGrpc.Server.Store;

/// <summary>One audit entry: a value change (IndicatorId set) or a status change (To set).</summary>
public sealed record ReportEventRecord(
    long Id,
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
