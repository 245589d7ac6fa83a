using CchcGrpc.Server.Domain.Periods;
using CchcGrpc.Server.Domain.Text;

namespace CchcGrpc.Server.Domain.Plans;

/// <summary>What a progress entry must satisfy before it is stored; each problem in both languages.</summary>
public static class ProgressRules
{
    public const int MaxTextLength = 2000;

    /// <param name="today">The day the entry is recorded, in the reporting calendar's time zone.</param>
    public static IReadOnlyList<(string Field, LocalizedText Problem)> Check(Plan plan, PlanActivity activity, PeriodId period, ActivityProgress entry, DateOnly today)
    {
        var problems = new List<(string, LocalizedText)>();
        if (period.Year != plan.Year)
        {
            problems.Add(("period_id", new($"Kỳ {period.Id} không thuộc năm {plan.Year} của kế hoạch.", $"Period {period.Id} is not in the plan's year {plan.Year}.")));
        }
        if (!Enum.IsDefined(entry.Status))
        {
            problems.Add(("status", new("Hãy chọn trạng thái: chưa thực hiện, đang thực hiện, hoàn thành, hoàn thành quá hạn hoặc không thực hiện.",
                "Choose a status: not started, in progress, done, done late or not done.")));
        }
        if (entry.Status == ActivityStatus.NotDone && entry.Reason.Trim().Length == 0)
        {
            problems.Add(("reason", new($"Hoạt động {activity.Key} không thực hiện: hãy ghi rõ lý do.", $"Activity {activity.Key} is not done: give the reason.")));
        }
        if (entry.Status != ActivityStatus.NotDone && entry.Reason.Trim().Length > 0)
        {
            problems.Add(("reason", new("Lý do chỉ ghi khi hoạt động không thực hiện; hãy dùng ghi chú.", "A reason is only for an activity that is not done; use the note.")));
        }
        // Done late in a period means finished in it after the end month: a period that closes before the end month
        // cannot hold that, whenever it is recorded; one that closes with it can only once the month is over.
        if (entry.Status == ActivityStatus.DoneLate && activity.End.Month is { } end && period.Year == plan.Year
            && (period.LastMonth < end || (period.LastMonth == end && today <= LastDay(plan.Year, end))))
        {
            problems.Add(("status", new($"Hoạt động {activity.Key} kết thúc tháng {end}; chưa thể hoàn thành quá hạn.", $"Activity {activity.Key} ends in month {end}; it cannot be done late yet.")));
        }
        if (entry.EvidenceDate is { } date && date > today)
        {
            problems.Add(("evidence_date", new($"Ngày văn bản {date:dd/MM/yyyy} chưa đến.", $"The evidence date {date:yyyy-MM-dd} is in the future.")));
        }
        if (entry.EvidenceDate is not null && entry.EvidenceNumber.Trim().Length == 0)
        {
            problems.Add(("evidence_number", new("Có ngày văn bản thì phải có số văn bản.", "An evidence date needs the document number.")));
        }
        foreach (var (field, text) in new[] { ("note", entry.Note), ("reason", entry.Reason), ("evidence_number", entry.EvidenceNumber) })
        {
            if (text.Length > MaxTextLength)
            {
                problems.Add((field, new($"Dài quá {MaxTextLength} ký tự.", $"Longer than {MaxTextLength} characters.")));
            }
        }
        return problems;
    }

    public static DateOnly LastDay(int year, int month) => new(year, month, DateTime.DaysInMonth(year, month));
}
