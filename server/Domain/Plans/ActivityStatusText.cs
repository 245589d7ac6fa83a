namespace CchcGrpc.Server.Domain.Plans;

/// <summary>The statuses as CCHC offices write them.</summary>
public static class ActivityStatusText
{
    public static string Vi(ActivityStatus status) => status switch
    {
        ActivityStatus.NotStarted => "chưa thực hiện",
        ActivityStatus.InProgress => "đang thực hiện",
        ActivityStatus.Done => "hoàn thành",
        ActivityStatus.DoneLate => "hoàn thành quá hạn",
        ActivityStatus.NotDone => "không thực hiện",
        _ => status.ToString(),
    };

    public static string En(ActivityStatus status) => status switch
    {
        ActivityStatus.NotStarted => "not started",
        ActivityStatus.InProgress => "in progress",
        ActivityStatus.Done => "done",
        ActivityStatus.DoneLate => "done late",
        ActivityStatus.NotDone => "not done",
        _ => status.ToString(),
    };

    /// <summary>Done, on time or late: what I.2.2 counts.</summary>
    public static bool IsCompleted(ActivityStatus status) => status is ActivityStatus.Done or ActivityStatus.DoneLate;
}
