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
}
