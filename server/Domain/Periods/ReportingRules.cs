namespace CchcGrpc.Server.Domain.Periods;

/// <summary>
/// The rules that lay out reporting periods. The defaults follow Nghị định 09/2019/NĐ-CP (Điều 12):
/// data are cut off on the 14th of a period's last month and start on the 15th of the month before
/// its first month, so the year 2023 runs 15/12/2022–14/12/2023 and Q3 2023 runs 15/6–14/9/2023.
/// The decree leaves the submission deadline to whoever issues a reporting regime, so deadlines are
/// set here as days after the cut-off; the default 4 days gives the 18th of the cut-off month
/// (18/12 for the year, 18/6 for 6 months, 18/9 for 9 months, 18/3, 18/6, 18/9, 18/12 for quarters),
/// which leaves the province a few days to consolidate before sending on to the ministry.
/// Bindable from configuration (init-only properties).
/// </summary>
public sealed record ReportingRules
{
    public static ReportingRules Decree09 { get; } = new();

    /// <summary>Day of the month on which data are cut off (chốt số liệu); 1–31, clamped to the month's length.</summary>
    public int CutOffDay { get; init; } = 14;

    public int YearDeadlineDays { get; init; } = 4;

    public int HalfYearDeadlineDays { get; init; } = 4;

    public int NineMonthsDeadlineDays { get; init; } = 4;

    public int QuarterDeadlineDays { get; init; } = 4;

    /// <summary>Deadlines are dates in Vietnam (UTC+7, no daylight saving): a report sent at 23:30 on the deadline day is on time.</summary>
    public TimeSpan UtcOffset { get; init; } = TimeSpan.FromHours(7);

    public int DeadlineDaysAfterCutOff(PeriodKind kind) => kind switch
    {
        PeriodKind.Year => YearDeadlineDays,
        PeriodKind.HalfYear => HalfYearDeadlineDays,
        PeriodKind.NineMonths => NineMonthsDeadlineDays,
        PeriodKind.Quarter => QuarterDeadlineDays,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown period kind."),
    };

    /// <exception cref="ArgumentException">A rule is out of range; the message names it.</exception>
    public void Validate()
    {
        if (CutOffDay is < 1 or > 31)
        {
            throw new ArgumentException($"CutOffDay must be 1–31, not {CutOffDay}.");
        }

        foreach (var kind in Enum.GetValues<PeriodKind>())
        {
            var days = DeadlineDaysAfterCutOff(kind);
            if (days is < 0 or > 366)
            {
                throw new ArgumentException($"The {kind} deadline must be 0–366 days after the cut-off, not {days}.");
            }
        }

        if (UtcOffset < TimeSpan.FromHours(-14) || UtcOffset > TimeSpan.FromHours(14) || UtcOffset.Ticks % TimeSpan.TicksPerMinute != 0)
        {
            throw new ArgumentException($"UtcOffset {UtcOffset} is not a valid offset.");
        }
    }
}
