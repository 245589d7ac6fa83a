using CchcGrpc.Server.Domain.Periods;

namespace CchcGrpc.Tests.Domain.Periods;

/// <summary>Data windows per Nghị định 09/2019/NĐ-CP, deadlines, and on-time submission in Vietnam time.</summary>
public sealed class ReportingCalendarTests
{
    private static readonly ReportingCalendar Calendar = ReportingCalendar.Default;

    [Theory]
    [InlineData("2023", "2022-12-15", "2023-12-14", "2023-12-18")]
    [InlineData("2023-H1", "2022-12-15", "2023-06-14", "2023-06-18")]
    [InlineData("2023-9M", "2022-12-15", "2023-09-14", "2023-09-18")]
    [InlineData("2023-Q1", "2022-12-15", "2023-03-14", "2023-03-18")]
    [InlineData("2023-Q2", "2023-03-15", "2023-06-14", "2023-06-18")]
    [InlineData("2023-Q3", "2023-06-15", "2023-09-14", "2023-09-18")]
    [InlineData("2023-Q4", "2023-09-15", "2023-12-14", "2023-12-18")]
    public void Decree_09_windows_run_from_the_15th_to_the_14th_and_reports_are_due_on_the_18th(string id, string from, string to, string deadline)
    {
        var schedule = Calendar.Schedule(PeriodId.Parse(id));

        Assert.Equal((DateOnly.Parse(from), DateOnly.Parse(to), DateOnly.Parse(deadline)), (schedule.DataFrom, schedule.DataTo, schedule.Deadline));
        Assert.Equal(PeriodId.Parse(id).Label, schedule.Label);
    }

    [Fact]
    public void Quarters_tile_the_year_without_gaps_or_overlaps()
    {
        var quarters = Calendar.PeriodsOf(2023, 2023, [PeriodKind.Quarter]);
        var year = Calendar.Schedule(PeriodId.ForYear(2023));

        Assert.Equal(year.DataFrom, quarters[0].DataFrom);
        Assert.Equal(year.DataTo, quarters[^1].DataTo);
        Assert.All(quarters.Zip(quarters.Skip(1)), pair => Assert.Equal(pair.First.DataTo.AddDays(1), pair.Second.DataFrom));
    }

    [Fact]
    public void A_report_sent_late_in_the_evening_of_the_deadline_in_Gia_Nghia_is_on_time()
    {
        var year2023 = PeriodId.ForYear(2023);
        var vietnam = TimeSpan.FromHours(7);

        Assert.True(Calendar.IsOnTime(year2023, new DateTimeOffset(2023, 12, 18, 23, 59, 59, vietnam)));
        Assert.False(Calendar.IsOnTime(year2023, new DateTimeOffset(2023, 12, 19, 0, 0, 0, vietnam)));

        // 18:30 UTC on the 18th is already 01:30 on the 19th in Vietnam.
        Assert.False(Calendar.IsOnTime(year2023, new DateTimeOffset(2023, 12, 18, 18, 30, 0, TimeSpan.Zero)));
        Assert.Equal(new DateTimeOffset(2023, 12, 18, 17, 0, 0, TimeSpan.Zero), Calendar.SubmissionClosesAt(year2023).ToUniversalTime());
    }

    [Fact]
    public void Deadlines_and_the_cut_off_day_are_configurable()
    {
        var calendar = new ReportingCalendar(new ReportingRules { CutOffDay = 20, QuarterDeadlineDays = 10, YearDeadlineDays = 0 });

        var q3 = calendar.Schedule(PeriodId.ForQuarter(2024, 3));
        var year = calendar.Schedule(PeriodId.ForYear(2024));

        Assert.Equal((new DateOnly(2024, 6, 21), new DateOnly(2024, 9, 20), new DateOnly(2024, 9, 30)), (q3.DataFrom, q3.DataTo, q3.Deadline));
        Assert.Equal(new DateOnly(2024, 12, 20), year.Deadline);
    }

    [Fact]
    public void A_cut_off_at_month_end_gives_calendar_months_even_in_February()
    {
        var calendar = new ReportingCalendar(new ReportingRules { CutOffDay = 31 });

        var q1 = calendar.Schedule(PeriodId.ForQuarter(2024, 1));
        var q2 = calendar.Schedule(PeriodId.ForQuarter(2024, 2));

        Assert.Equal((new DateOnly(2024, 1, 1), new DateOnly(2024, 3, 31)), (q1.DataFrom, q1.DataTo));
        Assert.Equal((new DateOnly(2024, 4, 1), new DateOnly(2024, 6, 30)), (q2.DataFrom, q2.DataTo));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(32)]
    public void Impossible_rules_are_refused(int cutOffDay) =>
        Assert.Throws<ArgumentException>(() => new ReportingCalendar(new ReportingRules { CutOffDay = cutOffDay }));

    [Fact]
    public void Negative_deadlines_are_refused() =>
        Assert.Throws<ArgumentException>(() => new ReportingCalendar(new ReportingRules { HalfYearDeadlineDays = -1 }));

    [Fact]
    public void Periods_of_a_year_range_are_listed_in_order_and_can_be_narrowed_by_kind()
    {
        var all = Calendar.PeriodsOf(2023, 2024);
        var yearsAndHalves = Calendar.PeriodsOf(2023, 2024, [PeriodKind.Year, PeriodKind.HalfYear]);

        Assert.Equal(14, all.Count);
        Assert.Equal(all.Select(s => s.Period).Order(), all.Select(s => s.Period));
        Assert.Equal(["2023-H1", "2023", "2024-H1", "2024"], yearsAndHalves.Select(s => s.Period.Id));
        Assert.Throws<ArgumentException>(() => Calendar.PeriodsOf(2024, 2023));
    }

    [Theory]
    [InlineData("2023-12-14", PeriodKind.Year, "2023")]
    [InlineData("2023-12-15", PeriodKind.Year, "2024")]
    [InlineData("2023-12-20", PeriodKind.Quarter, "2024-Q1")]
    [InlineData("2024-06-14", PeriodKind.HalfYear, "2024-H1")]
    [InlineData("2024-07-01", PeriodKind.HalfYear, null)]
    public void A_day_belongs_to_the_period_whose_window_holds_it(string day, PeriodKind kind, string? expected) =>
        Assert.Equal(expected, Calendar.PeriodCovering(DateOnly.Parse(day), kind)?.Period.Id);

    [Fact]
    public void Today_and_the_default_year_range_come_from_the_clock_in_Vietnam_time()
    {
        // 2025-12-31 20:00 UTC is already New Year's Day 2026 in Đắk Song.
        var clock = new FixedClock(new DateTimeOffset(2025, 12, 31, 20, 0, 0, TimeSpan.Zero));

        Assert.Equal(new DateOnly(2026, 1, 1), Calendar.Today(clock));
        Assert.Equal((2025, 2026), Calendar.DefaultYearRange(clock));
        Assert.True(Calendar.IsPastDeadline(PeriodId.ForYear(2025), clock));
        Assert.False(Calendar.IsPastDeadline(PeriodId.ForQuarter(2026, 1), clock));
    }
}
