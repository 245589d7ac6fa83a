namespace CchcGrpc.Server.Domain.Analytics;

/// <summary>
/// A unit's report for the period as completeness sees it. <paramref name="FirstSubmittedAt"/> is
/// when it was first submitted if it now stands in a counted status (submitted, resubmitted,
/// approved — the caller decides); null for a draft, or a report returned and not yet resubmitted.
/// </summary>
public sealed record ReportSubmission(string UnitCode, DateTimeOffset? FirstSubmittedAt);
