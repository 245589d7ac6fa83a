namespace CchcGrpc.Server.Domain.Reports;

/// <summary>
/// The review cycle: draft → submitted → approved | returned (with a comment) → resubmitted → …
/// Operators edit only drafts and returned reports; once approved a report is final.
/// </summary>
public static class ReportWorkflow
{
    public static bool IsEditable(ReportStatus status) => status is ReportStatus.Draft or ReportStatus.Returned;

    public static bool AwaitsReview(ReportStatus status) => status is ReportStatus.Submitted or ReportStatus.Resubmitted;

    /// <summary>The status a submission moves to, or null when the report cannot be submitted now.</summary>
    public static ReportStatus? Submit(ReportStatus from) => from switch
    {
        ReportStatus.Draft => ReportStatus.Submitted,
        ReportStatus.Returned => ReportStatus.Resubmitted,
        _ => null,
    };

    public static ReportStatus? Approve(ReportStatus from) => AwaitsReview(from) ? ReportStatus.Approved : null;

    public static ReportStatus? Return(ReportStatus from) => AwaitsReview(from) ? ReportStatus.Returned : null;

    /// <summary>Statuses that count as reported for roll-up and completeness by default.</summary>
    public static IReadOnlyList<ReportStatus> CountedByDefault { get; } =
        [ReportStatus.Submitted, ReportStatus.Resubmitted, ReportStatus.Approved];
}
