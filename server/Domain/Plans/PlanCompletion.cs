using CchcGrpc.Server.Domain.Periods;

namespace CchcGrpc.Server.Domain.Plans;

/// <summary>
/// The plan indicators of the statistical appendix, derived from the plan (catalog 2022.1):
/// I.2.1 "Số nhiệm vụ đề ra trong kế hoạch" = the plan's activities (Hoạt động: each row with a
/// product and a deadline; the 2022 report's 56 is of that order, a plan's Nhiệm vụ are about 20);
/// I.2.2 "Số nhiệm vụ đã hoàn thành" = activities done or done late as of the period (cumulative,
/// "lũy kế đến thời điểm báo cáo"); I.2 = I.2.2 / I.2.1 × 100, none for an empty plan.
/// </summary>
public sealed record PlanCompletion(int Planned, int Completed, decimal? Rate)
{
    public const string PlannedId = "I.2.1";
    public const string CompletedId = "I.2.2";
    public const string RateId = "I.2";

    /// <summary>Completion as of <paramref name="asOf"/>: each activity's latest entry in a period of the plan's year that is cut off no later.</summary>
    public static PlanCompletion Of(Plan plan, IEnumerable<ActivityProgress> progress, PeriodId asOf)
    {
        var latest = LatestStatuses(plan, progress, asOf);
        var planned = plan.Activities.Count();
        var completed = plan.Activities.Count(a => latest.TryGetValue(a.Key, out var s) && ActivityStatusText.IsCompleted(s.Status));
        return new PlanCompletion(planned, completed, planned == 0 ? null : Math.Round(completed * 100m / planned, 2));
    }

    /// <summary>Each activity's entry that stands at <paramref name="asOf"/>: the one of the latest period cut off no later.</summary>
    public static IReadOnlyDictionary<string, ActivityProgress> LatestStatuses(Plan plan, IEnumerable<ActivityProgress> progress, PeriodId asOf)
    {
        var result = new Dictionary<string, (ActivityProgress Entry, PeriodId Period)>(StringComparer.Ordinal);
        foreach (var entry in progress)
        {
            if (!PeriodId.TryParse(entry.PeriodId, null, out var period) || period.Year != plan.Year || period.LastMonth > asOf.LastMonth || asOf.Year != plan.Year)
            {
                continue;
            }
            if (!result.TryGetValue(entry.ActivityKey, out var held)
                || period.LastMonth > held.Period.LastMonth
                || (period.LastMonth == held.Period.LastMonth && (period.CompareTo(held.Period) > 0 || (period == held.Period && entry.RecordedAt > held.Entry.RecordedAt))))
            {
                result[entry.ActivityKey] = (entry, period);
            }
        }
        return result.ToDictionary(p => p.Key, p => p.Value.Entry, StringComparer.Ordinal);
    }

    /// <summary>The derived values by indicator id, as a report would hold them.</summary>
    public IReadOnlyDictionary<string, decimal?> Values => new Dictionary<string, decimal?>(StringComparer.Ordinal)
    {
        [PlannedId] = Planned,
        [CompletedId] = Completed,
        [RateId] = Rate,
    };
}
