namespace CchcGrpc.Server.Domain.Reports;

/// <summary>Where a report is in its review; values match cchc.v1.ReportStatus.</summary>
public enum ReportStatus
{
    Draft = 1,
    Submitted = 2,
    Approved = 3,
    Returned = 4,
    Resubmitted = 5,
}
