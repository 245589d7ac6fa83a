using System.Globalization;
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
        var ordered = DependencyOrder(indicators);
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
                var values = new ReportValues(this, unit, period, random, planned, problems).Generate(ordered);
                var submittedAt = SubmissionTime(unit, schedule, calendar.Rules.UtcOffset, random, planned, problems);
                periodReports.Add(new(unit.Code, unit.Level, period, submittedAt, [.. indicators.Where(i => values.ContainsKey(i.Id)).Select(i => values[i.Id])]));
            }

            reports.AddRange(WithProvinceTotals(periodReports, byCode, ordered));
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

    /// <summary>
    /// A province's form reports some figures for the units below it — dossiers resolved by its
    /// departments, districts or communes. Such a count (one whose levels name the province and a
    /// lower level) is made the sum of the submitted reports below the province, and its
    /// percentages are recomputed, so that rolling up the units gives the province's own figures.
    /// A province with no units below it (Bình Thuận, the old Lâm Đồng here) keeps invented figures.
    /// </summary>
    private static IEnumerable<DemoReport> WithProvinceTotals(List<DemoReport> reports, Dictionary<string, OrgUnit> units, List<DemoIndicator> ordered)
    {
        var totals = ordered.Where(i => i.Kind == DemoIndicatorKind.Count && i.Levels.Contains(UnitLevel.Province) && i.Levels.Count > 1).ToList();
        var below = reports
            .Where(r => r.Level != UnitLevel.Province && r.FirstSubmittedAt is not null)
            .ToLookup(r => ProvinceOf(r.UnitCode), StringComparer.Ordinal);
        foreach (var report in reports)
        {
            if (report.Level != UnitLevel.Province || !below.Contains(report.UnitCode) || totals.Count == 0)
            {
                yield return report;
                continue;
            }

            var values = report.Values.ToDictionary(v => v.IndicatorId, StringComparer.Ordinal);
            foreach (var total in totals.Where(t => values.ContainsKey(t.Id)))
            {
                var parts = below[report.UnitCode].Where(r => total.Levels.Contains(r.Level)).Select(r => r[total.Id]?.Number).OfType<decimal>().ToList();
                if (parts.Count > 0)
                {
                    values[total.Id] = ReportValues.Reported(total, parts.Sum());
                }
            }

            foreach (var percent in ordered.Where(i => i.Kind == DemoIndicatorKind.Percent && values.ContainsKey(i.Id)))
            {
                values[percent.Id] = ReportValues.PercentOf(percent, values[percent.PartId!].Number, values[percent.WholeId!].Number);
            }

            yield return report with { Values = [.. report.Values.Select(v => values[v.IndicatorId])] };
        }

        string ProvinceOf(string code)
        {
            var unit = units[code];
            for (var depth = 0; unit.ParentCode is not null && depth < units.Count; depth++)
            {
                unit = units[unit.ParentCode];
            }

            return unit.Code;
        }
    }

    /// <summary>Indicators so that every whole comes before its parts and every part before its percentage.</summary>
    private static List<DemoIndicator> DependencyOrder(IReadOnlyList<DemoIndicator> indicators)
    {
        var byId = new Dictionary<string, DemoIndicator>(StringComparer.Ordinal);
        foreach (var indicator in indicators)
        {
            if (!byId.TryAdd(indicator.Id, indicator))
            {
                throw new ArgumentException($"Indicator '{indicator.Id}' is listed twice.", nameof(indicators));
            }
        }

        var ordered = new List<DemoIndicator>();
        var state = new Dictionary<string, bool>(StringComparer.Ordinal); // false: in progress, true: done
        foreach (var indicator in indicators)
        {
            Visit(indicator);
        }

        return ordered;

        void Visit(DemoIndicator indicator)
        {
            if (state.TryGetValue(indicator.Id, out var done))
            {
                if (!done)
                {
                    throw new ArgumentException($"Indicator '{indicator.Id}' depends on itself.", nameof(indicators));
                }

                return;
            }

            state[indicator.Id] = false;
            foreach (var dependency in new[] { indicator.PartOf, indicator.PartId, indicator.WholeId }.OfType<string>())
            {
                if (!byId.TryGetValue(dependency, out var other) || other.Kind != DemoIndicatorKind.Count)
                {
                    throw new ArgumentException($"Indicator '{indicator.Id}' refers to '{dependency}', which is not a count in the list.", nameof(indicators));
                }

                Visit(other);
            }

            state[indicator.Id] = true;
            ordered.Add(indicator);
        }
    }

    /// <summary>The values of one unit's report for one period.</summary>
    private sealed class ReportValues(DemoDataGenerator generator, OrgUnit unit, PeriodId period, Random random, HashSet<DemoProblemKind> planned, List<DemoProblem> problems)
    {
        private readonly Dictionary<string, DemoValue> values = new(StringComparer.Ordinal);

        public Dictionary<string, DemoValue> Generate(List<DemoIndicator> ordered)
        {
            var dependedOn = ordered.SelectMany(i => new[] { i.PartOf, i.PartId, i.WholeId }).OfType<string>().ToHashSet(StringComparer.Ordinal);
            foreach (var indicator in ordered.Where(i => i.AppliesTo(unit.Level)))
            {
                values[indicator.Id] = indicator.Kind switch
                {
                    DemoIndicatorKind.Count => Count(indicator, dependedOn.Contains(indicator.Id)),
                    DemoIndicatorKind.Percent => Percent(indicator),
                    _ => Choice(indicator),
                };
            }

            return values;
        }

        private DemoValue Count(DemoIndicator indicator, bool dependedOn)
        {
            if (indicator.PartOf is { } wholeId)
            {
                var whole = values.GetValueOrDefault(wholeId)?.Number;
                if (whole is null)
                {
                    return Empty(indicator);
                }

                if (Take(DemoProblemKind.PartExceedsWhole))
                {
                    var excess = whole.Value + Math.Max(1, Math.Round(whole.Value * 0.05m));
                    problems.Add(new(DemoProblemKind.PartExceedsWhole, unit.Code, period, [indicator.Id, wholeId],
                        $"{indicator.Id} = {excess} exceeds its whole {wholeId} = {whole} ({unit.Name}, {period.Label})."));
                    return Reported(indicator, excess);
                }

                // Most dossiers are resolved on time and most plan tasks done: parts run 85–100 % of the whole.
                return Reported(indicator, Math.Round(whole.Value * (0.85m + (0.15m * (decimal)random.NextDouble()))));
            }

            // Now and then a commune leaves a stand-alone count empty (never one others are computed from).
            if (!dependedOn && unit.Level == UnitLevel.Commune && random.NextDouble() < 0.03)
            {
                return Empty(indicator);
            }

            return Reported(indicator, Math.Round(Magnitude(indicator.Id) * (0.85m + (0.3m * (decimal)random.NextDouble()))));
        }

        private DemoValue Percent(DemoIndicator indicator)
        {
            var cell = PercentOf(indicator, values.GetValueOrDefault(indicator.PartId!)?.Number, values.GetValueOrDefault(indicator.WholeId!)?.Number);
            if (cell.Number is not { } share)
            {
                return cell;
            }

            if (Take(DemoProblemKind.PercentDisagreesWithParts))
            {
                var entered = share > 10m ? share - 4.5m : share + 4.5m;
                problems.Add(new(DemoProblemKind.PercentDisagreesWithParts, unit.Code, period, [indicator.Id, indicator.PartId!, indicator.WholeId!],
                    $"{indicator.Id} = {entered} % but {indicator.PartId} / {indicator.WholeId} × 100 = {share} % ({unit.Name}, {period.Label})."));
                return new(indicator.Id, DemoValueState.Reported, entered, VietnameseText.Percent(entered));
            }

            if (share.Scale == 2 && share % 0.1m != 0 && Take(DemoProblemKind.AmbiguousNumber))
            {
                var typed = share.ToString(CultureInfo.InvariantCulture);
                problems.Add(new(DemoProblemKind.AmbiguousNumber, unit.Code, period, [indicator.Id],
                    $"{indicator.Id} typed as '{typed}': {VietnameseText.Number(share)} or {VietnameseText.Number(share * 100)}? ({unit.Name}, {period.Label})."));
                return new(indicator.Id, DemoValueState.Reported, share, typed);
            }

            return cell;
        }

        /// <summary>part / whole × 100 as the forms print it; "/" when the whole is 0, empty when a part is.</summary>
        public static DemoValue PercentOf(DemoIndicator indicator, decimal? part, decimal? whole)
        {
            if (part is null || whole is null)
            {
                return Empty(indicator);
            }

            if (whole == 0)
            {
                return new(indicator.Id, DemoValueState.NotApplicable, null, "/");
            }

            var share = Math.Round(part.Value / whole.Value * 100m, 2, MidpointRounding.AwayFromZero);
            return new(indicator.Id, DemoValueState.Reported, share, VietnameseText.Percent(share));
        }

        private DemoValue Choice(DemoIndicator indicator)
        {
            if (Take(DemoProblemKind.ChoiceOutOfRange))
            {
                var code = indicator.Options[^1] + 1;
                problems.Add(new(DemoProblemKind.ChoiceOutOfRange, unit.Code, period, [indicator.Id],
                    $"{indicator.Id} = {code}, not one of the options {string.Join(", ", indicator.Options)} ({unit.Name}, {period.Label})."));
                return Reported(indicator, code);
            }

            // Seven in ten units have done it (the last option); the rest are spread over the others.
            var chosen = indicator.Options.Count == 1 || random.NextDouble() < 0.7
                ? indicator.Options[^1]
                : indicator.Options[random.Next(indicator.Options.Count - 1)];
            return Reported(indicator, chosen);
        }

        /// <summary>A unit's typical count: the indicator's scale × the unit's level and size × the period's share of a year.</summary>
        private decimal Magnitude(string indicatorId)
        {
            decimal[] scales = [8m, 25m, 60m, 150m, 400m];
            var scale = scales[StableSeed.Of(generator.Seed, indicatorId) % scales.Length];
            var level = unit.Level switch
            {
                UnitLevel.Province => 30m,
                UnitLevel.Department => 4m,
                UnitLevel.District => 6m,
                _ => 1m,
            };
            var size = 0.6m + (decimal)new Random(StableSeed.Of(generator.Seed, unit.Code)).NextDouble();
            var share = period.Kind switch
            {
                PeriodKind.Year => 1m,
                PeriodKind.NineMonths => 0.74m,
                PeriodKind.HalfYear => 0.48m,
                _ => 0.25m,
            };
            var growth = 1m + (0.06m * (period.Year - 2023));
            return scale * level * size * share * growth;
        }

        private bool Take(DemoProblemKind kind) => planned.Remove(kind);

        public static DemoValue Reported(DemoIndicator indicator, decimal value) =>
            new(indicator.Id, DemoValueState.Reported, value, VietnameseText.Number(value));

        private static DemoValue Empty(DemoIndicator indicator) => new(indicator.Id, DemoValueState.NotReported, null, "");
    }
}
