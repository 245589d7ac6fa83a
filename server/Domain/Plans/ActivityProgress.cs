namespace CchcGrpc.Server.Domain.Plans;

/// <summary>What the lead unit's operator recorded for an activity in a reporting period.</summary>
/// <param name="PeriodId">The reporting period ("2024-Q2", "2024-H1", "2024").</param>
/// <param name="Reason">Why it is not done; required for <see cref="ActivityStatus.NotDone"/>.</param>
/// <param name="EvidenceNumber">The document that proves it ("125/KH-UBND"), when there is one.</param>
public sealed record ActivityProgress(
    string ActivityKey,
    string PeriodId,
    ActivityStatus Status,
    string Note,
    string Reason,
    string EvidenceNumber,
    DateOnly? EvidenceDate,
    string RecordedBy,
    DateTimeOffset RecordedAt);
