namespace CchcGrpc.Server.Domain.Plans;

/// <summary>Where an activity stands in a reporting period; values match cchc.v1.ActivityStatus.</summary>
public enum ActivityStatus
{
    /// <summary>Chưa thực hiện.</summary>
    NotStarted = 1,

    /// <summary>Đang thực hiện.</summary>
    InProgress = 2,

    /// <summary>Hoàn thành (on time).</summary>
    Done = 3,

    /// <summary>Hoàn thành quá hạn: done, after its end month.</summary>
    DoneLate = 4,

    /// <summary>Không thực hiện: dropped; a reason is required.</summary>
    NotDone = 5,
}
