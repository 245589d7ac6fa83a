using CchcGrpc.Server.Domain.Periods;
using CchcGrpc.Server.Domain.Units;

namespace CchcGrpc.Server.Domain.Analytics;

/// <summary>
/// Who was expected to report for a period, who did, who did so on time, and who is missing.
/// Every list is ordered by unit code; <see cref="Reported"/> = <see cref="OnTime"/> + <see cref="Late"/>.
/// </summary>
/// <param name="Unexpected">Units that submitted without being expected (e.g. a unit that had ceased); not counted anywhere else.</param>
public sealed record SubmissionCompleteness(
    PeriodId Period,
    IReadOnlyList<string> Expected,
    IReadOnlyList<string> Reported,
    IReadOnlyList<string> OnTime,
    IReadOnlyList<string> Late,
    IReadOnlyList<string> Missing,
    IReadOnlyList<string> Unexpected)
{
    /// <param name="expectedUnitCodes">See <see cref="ExpectedUnits"/>.</param>
    /// <param name="submissions">Reports of the period; a unit with several (catalog versions) counts once, by its earliest submission.</param>
    public static SubmissionCompleteness Assess(
        PeriodId period,
        IEnumerable<string> expectedUnitCodes,
        IEnumerable<ReportSubmission> submissions,
        ReportingCalendar calendar)
    {
        var expected = expectedUnitCodes.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var firstSubmitted = submissions
            .Where(s => s.FirstSubmittedAt is not null)
            .GroupBy(s => s.UnitCode, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Min(s => s.FirstSubmittedAt!.Value), StringComparer.Ordinal);

        var reported = expected.Where(firstSubmitted.ContainsKey).ToList();
        var expectedSet = expected.ToHashSet(StringComparer.Ordinal);
        return new(
            period,
            expected,
            reported,
            [.. reported.Where(code => calendar.IsOnTime(period, firstSubmitted[code]))],
            [.. reported.Where(code => !calendar.IsOnTime(period, firstSubmitted[code]))],
            [.. expected.Where(code => !firstSubmitted.ContainsKey(code))],
            [.. firstSubmitted.Keys.Where(code => !expectedSet.Contains(code)).Order(StringComparer.Ordinal)]);
    }

    /// <summary>
    /// The units below <paramref name="parentCode"/> (or all units when null) of the reporting levels
    /// that existed on the last day of the period's data window. That day, rather than any day of the
    /// window, decides: Tỉnh Đắk Nông, which ceased on 2025-06-30, owes the 2025-H1 report but not
    /// the 2025 year report, which the new Tỉnh Lâm Đồng owes for the whole year.
    /// </summary>
    public static IReadOnlyList<OrgUnit> ExpectedUnits(
        UnitHierarchy units,
        string? parentCode,
        PeriodSchedule schedule,
        IReadOnlyCollection<UnitLevel> reportingLevels)
    {
        var candidates = parentCode is null ? units.Units : units.DescendantsOf(parentCode);
        return [.. candidates.Where(u => u.ExistsOn(schedule.DataTo) && reportingLevels.Contains(u.Level)).OrderBy(u => u.Code, StringComparer.Ordinal)];
    }

    /// <summary>Share of expected units that reported, in percent rounded to 2 places; null when none were expected.</summary>
    public decimal? ReportedPercent => Expected.Count == 0 ? null : Math.Round(100m * Reported.Count / Expected.Count, 2, MidpointRounding.AwayFromZero);
}
