namespace CchcGrpc.Server.Domain.Periods;

/// <summary>
/// A period as the calendar lays it out: the data cut-off window (thời gian chốt số liệu, both ends
/// inclusive) and the submission deadline, a date in Vietnam.
/// </summary>
public sealed record PeriodSchedule(PeriodId Period, DateOnly DataFrom, DateOnly DataTo, DateOnly Deadline)
{
    public string Label => Period.Label;

    /// <summary>Whether a day's events belong to this period's data.</summary>
    public bool Covers(DateOnly day) => DataFrom <= day && day <= DataTo;
}
