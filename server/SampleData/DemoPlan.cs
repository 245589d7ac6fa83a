using CchcGrpc.Server.Domain.Periods;
using CchcGrpc.Server.Domain.Plans;
using CchcGrpc.Server.Domain.Plans.Parsing;

namespace CchcGrpc.Server.SampleData;

/// <summary>
/// The demo province's 2024 plan: seed 003 (Quyết định 1794/QĐ-UBND, Đắk Nông) as published,
/// embedded as <c>SampleData/plan-67-2024.txt</c>, and invented, plausible progress for 2024-H1 and
/// 2024: activities ending by June mostly done by mid-year, a few late, one dropped for want of the
/// HĐND resolution it waits on, a couple still running past their end. Every entry's note says it is demo progress.
/// </summary>
public static class DemoPlan
{
    public const string ResourceName = "CchcGrpc.SampleData.plan-67-2024.txt";
    public const string UnitCode = "67";
    public const int Year = 2024;
    public const string DemoNote = "Tiến độ mẫu (demo), không phải số liệu thật.";

    public static string Text()
    {
        using var stream = typeof(DemoPlan).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The server assembly has no resource '{ResourceName}'.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    public static PlanReading Read() => PlanDocumentReader.Read(Text());

    /// <summary>Entries for 2024-H1 and 2024, recorded at those periods' cut-offs.</summary>
    public static IReadOnlyList<ActivityProgress> Progress(Plan plan, ReportingCalendar calendar)
    {
        var entries = new List<ActivityProgress>();
        var half = PeriodId.FirstHalf(plan.Year);
        var year = PeriodId.ForYear(plan.Year);
        var halfAt = calendar.SubmissionClosesAt(half).AddDays(-12);
        var yearAt = calendar.SubmissionClosesAt(year).AddDays(-12);
        foreach (var a in plan.Activities)
        {
            var roll = StableSeed.Of(2024, a.Key) % 100;
            var end = a.End.Month ?? 12;
            var waitsOnResolution = a.Start.Text.StartsWith("Sau khi Nghị quyết", StringComparison.Ordinal);
            var atHalf = end <= 6
                ? (roll < 80 ? ActivityStatus.Done : roll < 92 ? (end < 6 ? ActivityStatus.DoneLate : ActivityStatus.Done) : ActivityStatus.InProgress)
                : (a.Start.Month is { } start && start > 6 ? ActivityStatus.NotStarted : ActivityStatus.InProgress);
            if (waitsOnResolution)
            {
                atHalf = ActivityStatus.NotStarted;
            }
            entries.Add(Entry(a, half, atHalf, halfAt));
            var atYear = waitsOnResolution && roll < 50 ? ActivityStatus.NotDone
                : atHalf is ActivityStatus.Done or ActivityStatus.DoneLate ? atHalf
                : roll < 85 ? ActivityStatus.Done : roll < 95 ? (end < 12 ? ActivityStatus.DoneLate : ActivityStatus.Done) : ActivityStatus.InProgress;
            entries.Add(Entry(a, year, atYear, yearAt));
        }
        return entries;
    }

    private static ActivityProgress Entry(PlanActivity a, PeriodId period, ActivityStatus status, DateTimeOffset at) =>
        new(a.Key, period.Id, status, DemoNote,
            status == ActivityStatus.NotDone ? "Chờ Nghị quyết của HĐND tỉnh (demo)." : "", "", null, "demo-data", at);
}
