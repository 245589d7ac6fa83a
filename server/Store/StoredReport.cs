using CchcGrpc.Server.Domain.Reports;

namespace CchcGrpc.Server.Store;

/// <summary>A report as stored, with its values and text when they were asked for.</summary>
public sealed record StoredReport(
    long Id,
    ReportKey Key,
    string UnitPath,
    string CatalogVersion,
    ReportStatus Status,
    long Revision,
    string? ReviewComment,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? SubmittedAt,
    bool SubmittedLate,
    IReadOnlyList<ReportValue> Values,
    IReadOnlyList<NarrativeSection> Narrative);
