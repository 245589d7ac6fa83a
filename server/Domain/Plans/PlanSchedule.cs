using CchcGrpc.Server.Domain.Periods;

namespace CchcGrpc.Server.Domain.Plans;

/// <summary>
/// Overdue = the end month has passed and the activity is not done (neither on time nor late).
/// An activity whose end names no month ("Thường xuyên") is never overdue. A dropped activity
/// (không thực hiện) is not done, so it stays on the overdue list with its reason beside it.
/// </summary>
public static class PlanSchedule
{
    public static bool IsOverdue(int planYear, PlanActivity activity, ActivityStatus? status, DateOnly today) =>
        activity.End.Month is { } end
        && today > ProgressRules.LastDay(planYear, end)
        && !(status is { } s && ActivityStatusText.IsCompleted(s));

    /// <summary>
    /// The day overdue is judged on when the status is read as of <paramref name="period"/>: today while the
    /// period runs, else its last day. The status is the one recorded up to that period, so judging it against
    /// a later day would call an activity due in December overdue in the first half's view.
    /// </summary>
    public static DateOnly JudgedOn(PeriodId period, DateOnly today)
    {
        var close = ProgressRules.LastDay(period.Year, period.LastMonth);
        return today < close ? today : close;
    }
}
