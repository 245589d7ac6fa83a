using CchcGrpc.Server.Domain.Reports;

namespace CchcGrpc.Server.Store;

/// <summary>Moves a report from one status to another, checking both the revision and the status it had.</summary>
public sealed record StatusChangeCommand(
    ReportKey Key,
    long BaseRevision,
    ReportStatus From,
    ReportStatus To,
    string? Comment,
    bool SubmittedLate,
    string Actor,
    string Via,
    DateTimeOffset At);
