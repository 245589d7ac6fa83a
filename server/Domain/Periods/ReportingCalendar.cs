namespace CchcGrpc.Server.Domain.Periods;

/// <summary>
/// Lays periods out in time under a set of <see cref="ReportingRules"/>: data windows, deadlines,
/// whether a submission was on time. Pure; "now" always comes from a <see cref="TimeProvider"/>.
/// </summary>
public sealed class ReportingCalendar
{
    public ReportingCalendar(ReportingRules rules)
    {
        rules.Validate();
        Rules = rules;
    }

    /// <summary>The calendar of Nghị định 09/2019/NĐ-CP with the default deadlines.</summary>
    public static ReportingCalendar Default { get; } = new(ReportingRules.Decree09);

    public ReportingRules Rules { get; }

    public PeriodSchedule Schedule(PeriodId period)
    {
        var dataTo = CutOff(period.Year, period.LastMonth);
        var dataFrom = CutOff(period.FirstMonth == 1 ? period.Year - 1 : period.Year, period.FirstMonth == 1 ? 12 : period.FirstMonth - 1).AddDays(1);
        return new(period, dataFrom, dataTo, dataTo.AddDays(Rules.DeadlineDaysAfterCutOff(period.Kind)));
    }

    /// <summary>The first instant that is too late: midnight after the deadline day, Vietnam time.</summary>
    public DateTimeOffset SubmissionClosesAt(PeriodId period) =>
        new(Schedule(period).Deadline.AddDays(1).ToDateTime(TimeOnly.MinValue), Rules.UtcOffset);

    /// <summary>Whether a report (first) submitted at this instant met the period's deadline.</summary>
    public bool IsOnTime(PeriodId period, DateTimeOffset submittedAt) => submittedAt < SubmissionClosesAt(period);

    public bool IsPastDeadline(PeriodId period, TimeProvider clock) => clock.GetUtcNow() >= SubmissionClosesAt(period);

    /// <summary>The periods of an inclusive year range in the order they come due, optionally only some kinds.</summary>
    public IReadOnlyList<PeriodSchedule> PeriodsOf(int fromYear, int toYear, IReadOnlyCollection<PeriodKind>? kinds = null)
    {
        if (fromYear > toYear)
        {
            throw new ArgumentException($"The year range {fromYear}–{toYear} is empty: the first year is after the last.");
        }

        if (fromYear < PeriodId.MinYear || toYear > PeriodId.MaxYear)
        {
            throw new ArgumentOutOfRangeException(nameof(fromYear), $"Years must lie within {PeriodId.MinYear}–{PeriodId.MaxYear}.");
        }

        return [.. Enumerable.Range(fromYear, toYear - fromYear + 1)
            .SelectMany(PeriodId.AllOf)
            .Where(p => kinds is null || kinds.Count == 0 || kinds.Contains(p.Kind))
            .Select(Schedule)];
    }

    /// <summary>
    /// The period of a kind whose data window holds a day, e.g. 20/12/2023 belongs to the year 2024;
    /// null when no period of the kind covers it (July is in no 6-month window).
    /// </summary>
    public PeriodSchedule? PeriodCovering(DateOnly day, PeriodKind kind) =>
        new[] { day.Year, day.Year + 1 }
            .Where(y => y <= PeriodId.MaxYear)
            .SelectMany(PeriodId.AllOf)
            .Where(p => p.Kind == kind)
            .Select(Schedule)
            .FirstOrDefault(s => s.Covers(day));

    /// <summary>The date in Vietnam at an instant.</summary>
    public DateOnly LocalDate(DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(Rules.UtcOffset).DateTime);

    public DateOnly Today(TimeProvider clock) => LocalDate(clock.GetUtcNow());

    /// <summary>The range a period listing shows when none is asked for: the previous and the current year.</summary>
    public (int FromYear, int ToYear) DefaultYearRange(TimeProvider clock)
    {
        var year = Today(clock).Year;
        return (year - 1, year);
    }

    private DateOnly CutOff(int year, int month) => new(year, month, Math.Min(Rules.CutOffDay, DateTime.DaysInMonth(year, month)));
}
