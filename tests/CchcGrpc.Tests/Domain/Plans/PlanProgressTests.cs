using CchcGrpc.Server.Domain.Periods;
using CchcGrpc.Server.Domain.Plans;
using CchcGrpc.Server.Domain.Plans.Parsing;
using CchcGrpc.Server.Domain.Reports;
using CchcGrpc.Server.SampleData;
using CchcGrpc.Tests.Seeds;

namespace CchcGrpc.Tests.Domain.Plans;

/// <summary>Seed 003's plan resolved against the sample organisation; progress, overdue and the derived I.2.x.</summary>
public sealed class PlanProgressTests
{
    private static readonly Plan Plan = PlanDocumentReader.Read(File.ReadAllText(SeedFiles.PathOf(SeedFiles.ProvincePlan2024)))
        .ToPlan("67", 2024, new PartyResolver(SampleOrganisation.Load().Units.Where(u => u.Code == "67" || u.ParentCode == "67")));

    private static ActivityProgress Entry(string key, string period, ActivityStatus status, string reason = "") =>
        new(key, period, status, "", reason, "", null, "op.snv", new DateTimeOffset(2024, 7, 1, 0, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Lead_names_resolve_to_units_groups_stay_text_and_unknown_bodies_are_kept_as_printed()
    {
        var a = Plan.Activities.Single(x => x.Key == "I.2.1");
        Assert.Equal([(PartyKind.Unit, "67.SNV"), (PartyKind.Unresolved, (string?)null)], a.Leads.Select(l => (l.Kind, l.UnitCode)));
        Assert.Equal(PartyKind.Group, a.Cooperating.Single().Kind);
        Assert.Equal(PartyKind.Group, Plan.Activities.Single(x => x.Key == "I.3.2").Leads[1].Kind); // UBND cấp huyện
        Assert.Equal(PartyKind.Group, Plan.Activities.Single(x => x.Key == "I.4.1").Cooperating[0].Kind); // Các thành viên Ban Chỉ đạo
        Assert.Equal(["67.VP", "67.STTTT"], Plan.Activities.Single(x => x.Key == "III.2.3").LeadUnitCodes);
        var unresolved = Plan.Activities.SelectMany(x => x.Leads.Concat(x.Cooperating)).Where(p => p.Kind == PartyKind.Unresolved).Select(p => p.Text).Distinct().Order().ToList();
        Assert.Equal(["Báo Đắk Nông", "Đài PT&TH tỉnh", "Tỉnh Đoàn Đắk Nông"], unresolved);
    }

    [Fact]
    public void Completion_counts_activities_done_as_of_the_period()
    {
        var progress = new[]
        {
            Entry("I.2.1", "2024-Q1", ActivityStatus.InProgress),
            Entry("I.2.1", "2024-H1", ActivityStatus.Done),
            Entry("II.1.3", "2024-H1", ActivityStatus.DoneLate),
            Entry("III.1.4", "2024-Q2", ActivityStatus.Done),
            Entry("IV.2.1", "2024-Q2", ActivityStatus.NotDone, "Chưa có Nghị quyết của HĐND tỉnh"),
            Entry("V.3.5", "2024-Q4", ActivityStatus.Done), // after 9 months: not counted at 9M
        };
        var nine = PlanCompletion.Of(Plan, progress, PeriodId.NineMonths(2024));
        Assert.Equal((49, 3), (nine.Planned, nine.Completed));
        Assert.Equal(6.12m, nine.Rate);
        var q1 = PlanCompletion.Of(Plan, progress, PeriodId.ForQuarter(2024, 1));
        Assert.Equal(0, q1.Completed);
        Assert.Equal(4, PlanCompletion.Of(Plan, progress, PeriodId.ForYear(2024)).Completed);
        Assert.Equal(0, PlanCompletion.Of(Plan, progress, PeriodId.ForYear(2025)).Completed); // another year's plan
    }

    [Fact]
    public void Overdue_is_an_end_month_passed_without_completion()
    {
        var a = Plan.Activities.Single(x => x.Key == "II.1.3"); // Tháng 3 – Tháng 6
        Assert.False(PlanSchedule.IsOverdue(2024, a, ActivityStatus.InProgress, new DateOnly(2024, 6, 30)));
        Assert.True(PlanSchedule.IsOverdue(2024, a, ActivityStatus.InProgress, new DateOnly(2024, 7, 1)));
        Assert.True(PlanSchedule.IsOverdue(2024, a, null, new DateOnly(2024, 7, 1)));
        Assert.True(PlanSchedule.IsOverdue(2024, a, ActivityStatus.NotDone, new DateOnly(2024, 7, 1)));
        Assert.False(PlanSchedule.IsOverdue(2024, a, ActivityStatus.DoneLate, new DateOnly(2024, 7, 1)));
        var always = Plan.Activities.Single(x => x.Key == "I.4.1"); // Thường xuyên
        Assert.False(PlanSchedule.IsOverdue(2024, always, null, new DateOnly(2025, 1, 1)));
    }

    [Fact]
    public void Overdue_in_a_periods_view_is_judged_on_its_last_day_or_today_while_it_runs()
    {
        Assert.Equal(new DateOnly(2024, 6, 30), PlanSchedule.JudgedOn(PeriodId.FirstHalf(2024), new DateOnly(2026, 12, 3)));
        Assert.Equal(new DateOnly(2024, 5, 2), PlanSchedule.JudgedOn(PeriodId.FirstHalf(2024), new DateOnly(2024, 5, 2)));
        Assert.Equal(new DateOnly(2024, 9, 30), PlanSchedule.JudgedOn(PeriodId.ForQuarter(2024, 3), new DateOnly(2025, 1, 10)));
        var december = Plan.Activities.First(x => x.End.Month == 12);
        // As of the first half, read long after: not overdue yet; as of the year, it is.
        Assert.False(PlanSchedule.IsOverdue(2024, december, ActivityStatus.InProgress, PlanSchedule.JudgedOn(PeriodId.FirstHalf(2024), new DateOnly(2026, 12, 3))));
        Assert.True(PlanSchedule.IsOverdue(2024, december, ActivityStatus.InProgress, new DateOnly(2026, 12, 3)));
    }

    [Fact]
    public void Not_done_needs_a_reason_and_done_late_needs_a_passed_end()
    {
        var a = Plan.Activities.Single(x => x.Key == "II.1.3");
        var today = new DateOnly(2024, 5, 2);
        // Activities are numbered per field ("1.3" is in several), so the problem names the key the caller typed.
        var noReason = Assert.Single(ProgressRules.Check(Plan, a, PeriodId.ForQuarter(2024, 2), Entry(a.Key, "2024-Q2", ActivityStatus.NotDone), today));
        Assert.Equal(("reason", "Hoạt động II.1.3 không thực hiện: hãy ghi rõ lý do."), (noReason.Field, noReason.Problem.Vi));
        Assert.Empty(ProgressRules.Check(Plan, a, PeriodId.ForQuarter(2024, 2), Entry(a.Key, "2024-Q2", ActivityStatus.NotDone, "Dừng theo chỉ đạo"), today));
        Assert.Contains(ProgressRules.Check(Plan, a, PeriodId.ForQuarter(2024, 2), Entry(a.Key, "2024-Q2", ActivityStatus.DoneLate), today), p => p.Field == "status");
        Assert.Empty(ProgressRules.Check(Plan, a, PeriodId.ForQuarter(2024, 3), Entry(a.Key, "2024-Q3", ActivityStatus.DoneLate), new DateOnly(2024, 8, 1)));
        // Recorded long after, the first quarter still closes before the June end: it cannot hold a late completion
        // (it would count as done in I.2.2 as of Q1). The quarter that closes with June can, once June is over.
        var firstQuarter = Assert.Single(ProgressRules.Check(Plan, a, PeriodId.ForQuarter(2024, 1), Entry(a.Key, "2024-Q1", ActivityStatus.DoneLate), new DateOnly(2026, 12, 3)));
        Assert.Equal(("status", "Hoạt động II.1.3 kết thúc tháng 6; chưa thể hoàn thành quá hạn."), (firstQuarter.Field, firstQuarter.Problem.Vi));
        Assert.Empty(ProgressRules.Check(Plan, a, PeriodId.ForQuarter(2024, 2), Entry(a.Key, "2024-Q2", ActivityStatus.DoneLate), new DateOnly(2024, 7, 3)));
        Assert.Contains(ProgressRules.Check(Plan, a, PeriodId.ForQuarter(2025, 1), Entry(a.Key, "2025-Q1", ActivityStatus.Done), today), p => p.Field == "period_id");
        var future = Entry(a.Key, "2024-Q2", ActivityStatus.Done) with { EvidenceNumber = "12/KH-STP", EvidenceDate = new DateOnly(2024, 6, 1) };
        Assert.Contains(ProgressRules.Check(Plan, a, PeriodId.ForQuarter(2024, 2), future, today), p => p.Field == "evidence_date");
    }

    [Fact]
    public void A_report_that_disagrees_with_the_plan_gets_a_finding_naming_both_numbers()
    {
        var plan = new PlanCompletion(49, 3, 6.12m);
        var typed = new Dictionary<string, ReportValue>
        {
            ["I.2.1"] = new("I.2.1", ValueState.Reported, 56, null, "56", null),
            ["I.2.2"] = new("I.2.2", ValueState.Reported, 3, null, "3", null),
            ["I.2"] = new("I.2", ValueState.Reported, 100, null, "100%", null),
        };
        var findings = PlanReportCheck.Compare(plan, typed);
        Assert.Equal(["plan.I.2.1", "plan.I.2"], findings.Select(f => f.CheckId));
        Assert.Equal("I.2.1: báo cáo ghi 56, kế hoạch CCHC cho 49 (số hoạt động của kế hoạch).", findings[0].Message);
        Assert.Equal((56m, 49m), (findings[0].Entered!.Value, findings[0].Computed!.Value));
        Assert.Contains("100%", findings[1].Message, StringComparison.Ordinal);
        Assert.Contains("6,12%", findings[1].Message, StringComparison.Ordinal);
        // A plan whose import left lines unread may fall short: the same disagreement is information only, and says why.
        var partial = PlanReportCheck.Compare(plan, typed, unparsedLines: 53);
        Assert.All(partial, f => Assert.Equal(CchcGrpc.Server.Domain.Validation.Severity.Info, f.Severity));
        Assert.EndsWith("Kế hoạch đã nhập còn 53 dòng chưa đọc được nên số của kế hoạch có thể thiếu.", partial[0].Message, StringComparison.Ordinal);
        Assert.Equal(CchcGrpc.Server.Domain.Validation.Severity.Warning, findings[0].Severity);
        // 6% written without decimals stands for 5,5–6,5: agrees with 6,12.
        typed["I.2"] = new("I.2", ValueState.Reported, 6, null, "6%", null);
        typed["I.2.1"] = new("I.2.1", ValueState.Reported, 49, null, "49", null);
        Assert.Empty(PlanReportCheck.Compare(plan, typed));
    }
}
