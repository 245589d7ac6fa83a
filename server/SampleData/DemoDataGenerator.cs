using CchcGrpc.Server.Domain.Periods;
using CchcGrpc.Server.Domain.Units;

namespace CchcGrpc.Server.SampleData;

/// <summary>
/// Invents plausible report values for every unit that owes a report, deterministically: the same
/// seed, units and indicators always give the same data (seeded <see cref="Random"/> per unit and
/// period, no clock). Parts never exceed their wholes and percentages agree with their parts —
/// except for a few planted mistakes (see <see cref="DemoDataSet.Problems"/>) so that validation
/// and completeness have something real to find.
/// </summary>
public sealed class DemoDataGenerator(int seed = DemoDataGenerator.DefaultSeed)
{
    public const int DefaultSeed = 2024;

    /// <summary>The years 2023 and 2024 and the first half of 2024.</summary>
    public static IReadOnlyList<PeriodId> DefaultPeriods { get; } = [PeriodId.ForYear(2023), PeriodId.FirstHalf(2024), PeriodId.ForYear(2024)];

    // Where the mistakes go: units of the sample organisation, so tests can name them. A plan whose
    // unit is absent, or whose unit's level carries no suitable indicator, is skipped.
    private static readonly (DemoProblemKind Kind, string UnitCode, string PeriodId)[] Plan =
    [
        (DemoProblemKind.PercentDisagreesWithParts, "67.660", "2023"),    // Thành phố Gia Nghĩa
        (DemoProblemKind.ChoiceOutOfRange, "67.SNV", "2024-H1"),          // Sở Nội vụ
        (DemoProblemKind.NotSubmitted, "67.661.24622", "2024-H1"),        // Xã Đắk Ha
        (DemoProblemKind.PartExceedsWhole, "67.665", "2024"),             // Huyện Đắk Song
        (DemoProblemKind.AmbiguousNumber, "67.SYT", "2024"),              // Sở Y tế
        (DemoProblemKind.LateSubmission, "67.667", "2024"),               // Huyện Tuy Đức
        (DemoProblemKind.NoReport, "67.667.24736", "2024"),               // Xã Quảng Trực
    ];

    public int Seed { get; } = seed;

    /// <param name="units">Every unit; reports are made for those that existed on the last day of each period's data window.</param>
    /// <exception cref="ArgumentException">An indicator refers to one that is missing, not a count, or to itself through others.</exception>
    public DemoDataSet Generate(
        IEnumerable<OrgUnit> units,
        IReadOnlyList<DemoIndicator> indicators,
        ReportingCalendar calendar,
        IReadOnlyList<PeriodId>? periods = null)
    {
        var ordered = DemoIndicatorOrder.Of(indicators);
        var unitList = units.OrderBy(u => u.Code, StringComparer.Ordinal).ToList();
        var reports = new List<DemoReport>();
        var problems = new List<DemoProblem>();
        var byCode = unitList.ToDictionary(u => u.Code, StringComparer.Ordinal);
        foreach (var period in (periods ?? DefaultPeriods).Distinct().Order())
        {
            var schedule = calendar.Schedule(period);
            var periodReports = new List<DemoReport>();
            foreach (var unit in unitList.Where(u => u.ExistsOn(schedule.DataTo)))
            {
                var planned = Plan.Where(p => p.UnitCode == unit.Code && p.PeriodId == period.Id).Select(p => p.Kind).ToHashSet();
                if (planned.Contains(DemoProblemKind.NoReport))
                {
                    problems.Add(new(DemoProblemKind.NoReport, unit.Code, period, [], $"{unit.Name} sent no report for {period.Label}."));
                    continue;
                }

                var random = new Random(StableSeed.Of(Seed, unit.Code, period.Id));
                var values = new DemoCells(Seed, unit, period, random, planned, problems).Generate(ordered);
                var submittedAt = SubmissionTime(unit, schedule, calendar.Rules.UtcOffset, random, planned, problems);
                periodReports.Add(new(unit.Code, unit.Level, period, submittedAt, [.. indicators.Where(i => values.ContainsKey(i.Id)).Select(i => values[i.Id])]));
            }

            reports.AddRange(ProvinceTotals.Apply(periodReports, byCode, ordered));
        }

        return new(reports, problems);
    }

    private static DateTimeOffset? SubmissionTime(OrgUnit unit, PeriodSchedule schedule, TimeSpan offset, Random random, HashSet<DemoProblemKind> planned, List<DemoProblem> problems)
    {
        var deadline = schedule.Deadline.ToDateTime(TimeOnly.MinValue);
        if (planned.Contains(DemoProblemKind.NotSubmitted))
        {
            problems.Add(new(DemoProblemKind.NotSubmitted, unit.Code, schedule.Period, [], $"{unit.Name} left its {schedule.Label} report as a draft."));
            return null;
        }

        if (planned.Contains(DemoProblemKind.LateSubmission))
        {
            problems.Add(new(DemoProblemKind.LateSubmission, unit.Code, schedule.Period, [], $"{unit.Name} submitted its {schedule.Label} report two days after the deadline {schedule.Deadline:dd/MM/yyyy}."));
            return new(deadline.AddDays(2).AddHours(10).AddMinutes(15), offset);
        }

        // Provinces consolidate their units' reports, so they send on the deadline day; others up to four days early.
        var daysEarly = unit.Level == UnitLevel.Province ? 0 : random.Next(0, 5);
        var minutes = random.Next(7 * 60 + 30, 17 * 60);
        return new(deadline.AddDays(-daysEarly).AddMinutes(minutes), offset);
    }
}
