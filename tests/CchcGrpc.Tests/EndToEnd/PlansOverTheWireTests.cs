using Cchc.V1;
using CchcGrpc.Tests.Seeds;
using Grpc.Core;

namespace CchcGrpc.Tests.EndToEnd;

/// <summary>
/// cchc.v1.Plans over the real wire: seed 003's plan as the demo data imported it, re-import,
/// revision keeping progress, progress by the lead unit's operator, overdue lists, and the plan's
/// I.2.x flowing into the unit's report with a finding that names both numbers.
/// </summary>
public sealed class PlansOverTheWireTests(PlanServer server) : IClassFixture<PlanServer>
{
    private static readonly string Seed003 = File.ReadAllText(SeedFiles.PathOf(SeedFiles.ProvincePlan2024));

    [Fact]
    public async Task Seed_003_is_the_demo_province_plan_with_every_activity_and_its_unparsed_tail()
    {
        var plan = await server.CallAsync("rv.daknong", PlanRpc.GetPlan, new GetPlanRequest { Name = "plans/67/2024" }, "en");
        Assert.Equal(("1794/QĐ-UBND", "2023-12-27", "Hồ Văn Mười"), (plan.DecisionNumber, plan.DecisionDate, plan.Signer));
        Assert.Equal((16, 49, 1), (plan.TaskCount, plan.ActivityCount, plan.Version));
        Assert.Equal(["I", "II", "III", "IV", "V", "VI"], plan.Fields.Select(f => f.Roman));
        Assert.Equal(53, plan.Unparsed.Count);
        Assert.Equal(828, plan.Unparsed[0].Line);
        Assert.Contains("cells are missing from the text", plan.Unparsed[0].Message, StringComparison.Ordinal);
        var a = plan.Fields[2].Tasks[1].Activities[2]; // III.2.3
        Assert.Equal(("III.2.3", "Thực hiện xây dựng hoàn thiện, thống nhất quy trình nội bộ", "100% quy trình nội bộ được xây dựng hoàn chỉnh, thống nhất"), (a.Key, a.Title, a.Requirement));
        Assert.Equal(["67.VP", "67.STTTT"], a.Leads.Select(l => l.UnitCode));
        Assert.Equal((5, 7), (a.Start.Month, a.End.Month));
        Assert.Contains(plan.Unresolved, p => p.Text == "Đài PT&TH tỉnh" && p.Kind == ResponsibleParty.Types.Kind.Unresolved);
        Assert.Contains(plan.Unresolved, p => p.Text == "UBND cấp huyện" && p.Kind == ResponsibleParty.Types.Kind.Group);
        var trimmed = await server.CallAsync("rv.daknong", PlanRpc.GetPlan, new GetPlanRequest { Name = "plans/67/2024", ReadMask = new() { Paths = { "name", "activity_count" } } });
        Assert.Equal((49, 0, ""), (trimmed.ActivityCount, trimmed.Fields.Count, trimmed.DecisionNumber));
    }

    [Fact]
    public async Task Re_importing_the_same_plan_writes_nothing_and_a_dry_run_of_a_revision_says_what_it_would_do()
    {
        var again = await server.CallAsync("rv.daknong", PlanRpc.ImportPlan, new ImportPlanRequest { UnitCode = "67", Text = Seed003 });
        Assert.Equal((ImportOutcome.Unchanged, 1), (again.Outcome, again.Plan.Version));
        var revised = Seed003.Replace("Hoạt động 1.3\n\tXây dựng, in ấn phát Tờ rơi", "Hoạt động 1.3\n\tXây dựng, in ấn, phát hành Tờ rơi", StringComparison.Ordinal);
        Assert.NotEqual(Seed003, revised);
        var dry = await server.CallAsync("rv.daknong", PlanRpc.ImportPlan, new ImportPlanRequest { UnitCode = "67", Text = revised, ValidateOnly = true });
        Assert.Equal((ImportOutcome.Revised, 2), (dry.Outcome, dry.Plan.Version));
        Assert.Equal(1, (await server.CallAsync("rv.daknong", PlanRpc.GetPlan, new GetPlanRequest { Name = "plans/67/2024" })).LatestVersion);
    }

    [Fact]
    public async Task Progress_by_field_and_lead_unit_add_up_and_the_plan_offers_I_2_values()
    {
        var progress = await server.CallAsync("rv.daknong", PlanRpc.GetPlanProgress, new GetPlanProgressRequest { Plan = "plans/67/2024", PeriodId = "2024" });
        Assert.Equal([18, 7, 8, 7, 9, 0], progress.ByField.Select(f => f.Activities));
        var done = progress.ByField.Sum(f => f.Done + f.DoneLate);
        var derived = progress.DerivedValues.ToDictionary(v => v.IndicatorId, v => v.Number);
        Assert.Equal("49", derived["I.2.1"]);
        Assert.Equal(done.ToString(System.Globalization.CultureInfo.InvariantCulture), derived["I.2.2"]);
        Assert.Equal(Math.Round(done * 100m / 49, 2), decimal.Parse(derived["I.2"], System.Globalization.CultureInfo.InvariantCulture));
        var plan = await server.CallAsync("rv.daknong", PlanRpc.GetPlan, new GetPlanRequest { Name = "plans/67/2024" });
        var snvLeads = plan.Fields.SelectMany(f => f.Tasks).SelectMany(t => t.Activities).Count(a => a.Leads.Any(l => l.UnitCode == "67.SNV"));
        Assert.Equal(snvLeads, progress.ByLeadUnit.Single(t => t.Key == "67.SNV").Activities);
        Assert.Equal("Sở Nội vụ", progress.ByLeadUnit.Single(t => t.Key == "67.SNV").Title);
        var overdue = await server.CallAsync("rv.daknong", PlanRpc.ListActivities, new ListActivitiesRequest { Plan = "plans/67/2024", OverdueOnly = true, PageSize = 1000 });
        Assert.Equal(progress.Overdue, overdue.TotalSize);
        Assert.All(overdue.Activities, a => Assert.True(a.Overdue && a.Activity.End.Month > 0 && a.Progress?.Status is not (ActivityStatus.Done or ActivityStatus.DoneLate)));
        var page = await server.CallAsync("rv.daknong", PlanRpc.ListActivities, new ListActivitiesRequest { Plan = "plans/67/2024", Field = "III", PageSize = 5 });
        Assert.Equal((8, 5), (page.TotalSize, page.Activities.Count));
        var rest = await server.CallAsync("rv.daknong", PlanRpc.ListActivities, new ListActivitiesRequest { Plan = "plans/67/2024", Field = "III", PageSize = 5, PageToken = page.NextPageToken });
        Assert.Equal(["III.2.2", "III.2.3", "III.2.4"], rest.Activities.Select(a => a.Activity.Key));
        Assert.Equal("", rest.NextPageToken);
    }

    [Fact]
    public async Task Overdue_as_of_a_past_period_is_judged_on_that_periods_last_day()
    {
        // Read in December 2026, the first half of 2024 must not call an activity due in December 2024 overdue:
        // only those whose end month passed by 30 June 2024 and that were not done by then.
        var h1 = await server.CallAsync("rv.daknong", PlanRpc.ListActivities, new ListActivitiesRequest { Plan = "plans/67/2024", PeriodId = "2024-H1", PageSize = 1000 });
        var expected = h1.Activities.Where(a => a.Activity.End.Month is > 0 and < 6 && a.Progress?.Status is not (ActivityStatus.Done or ActivityStatus.DoneLate))
            .Select(a => a.Activity.Key).ToList();
        var overdue = await server.CallAsync("rv.daknong", PlanRpc.ListActivities, new ListActivitiesRequest { Plan = "plans/67/2024", PeriodId = "2024-H1", OverdueOnly = true, PageSize = 1000 });
        Assert.Equal(expected, overdue.Activities.Select(a => a.Activity.Key));
        Assert.DoesNotContain(overdue.Activities, a => a.Activity.End.Month == 12);
        Assert.Contains(h1.Activities, a => a.Activity.End.Month == 12 && a.Progress?.Status is not (ActivityStatus.Done or ActivityStatus.DoneLate));
        var progress = await server.CallAsync("rv.daknong", PlanRpc.GetPlanProgress, new GetPlanProgressRequest { Plan = "plans/67/2024", PeriodId = "2024-H1" });
        Assert.Equal(expected.Count, progress.Overdue);
        Assert.Equal(expected.Count, progress.ByField.Sum(f => f.Overdue));
    }

    [Fact]
    public async Task Operators_record_progress_for_what_their_unit_leads()
    {
        // I.5.1 is led by Sở Kế hoạch và Đầu tư; II.1.1 by Sở Tư pháp; I.2.5 by Sở Nội vụ.
        var denied = await Assert.ThrowsAsync<RpcException>(() => server.CallAs(PlanServer.SnvOperator, PlanRpc.RecordProgress,
            new RecordProgressRequest { Plan = "plans/67/2024", ActivityKey = "II.1.1", PeriodId = "2024-Q3", Status = ActivityStatus.Done }));
        Assert.Equal(StatusCode.PermissionDenied, denied.StatusCode);
        var recorded = await server.CallAs(PlanServer.SnvOperator, PlanRpc.RecordProgress, new RecordProgressRequest
        {
            Plan = "plans/67/2024", ActivityKey = "I.2.5", PeriodId = "2024-Q3", Status = ActivityStatus.InProgress,
            Note = "Đã kiểm tra 5 sở", EvidenceNumber = "1234/QĐ-UBND", EvidenceDate = "2024-03-15",
        });
        Assert.Equal((ActivityStatus.InProgress, PlanServer.SnvOperator, "1234/QĐ-UBND"), (recorded.Status, recorded.RecordedBy, recorded.EvidenceNumber));
        var notDone = await Assert.ThrowsAsync<RpcException>(() => server.CallAs(PlanServer.SnvOperator, PlanRpc.RecordProgress,
            new RecordProgressRequest { Plan = "plans/67/2024", ActivityKey = "I.2.5", PeriodId = "2024-Q3", Status = ActivityStatus.NotDone }, "en"));
        Assert.Equal((StatusCode.InvalidArgument, "VALUE_INVALID"), (notDone.StatusCode, notDone.Reason()));
        Assert.Equal("reason", notDone.Detail<Google.Rpc.BadRequest>()!.FieldViolations.Single().Field);
        var other = await Assert.ThrowsAsync<RpcException>(() => server.CallAsync("op.gianghia", PlanRpc.RecordProgress,
            new RecordProgressRequest { Plan = "plans/67/2024", ActivityKey = "I.2.5", PeriodId = "2024-Q3", Status = ActivityStatus.Done }));
        Assert.Equal(StatusCode.PermissionDenied, other.StatusCode);
        // An activity the plan lacks: NOT_FOUND for who may read the plan, refused for others (they learn nothing of it).
        var unknown = await Assert.ThrowsAsync<RpcException>(() => server.CallAsync("op.gianghia", PlanRpc.RecordProgress,
            new RecordProgressRequest { Plan = "plans/67.660/2024", ActivityKey = "I.9.9", PeriodId = "2024-Q3", Status = ActivityStatus.Done }));
        Assert.Equal((StatusCode.NotFound, "ACTIVITY_NOT_FOUND"), (unknown.StatusCode, unknown.Reason()));
        // The operator of a lead unit lists what it leads: a mistyped key is "no such activity", not a refusal.
        var mistyped = await Assert.ThrowsAsync<RpcException>(() => server.CallAs(PlanServer.SnvOperator, PlanRpc.RecordProgress,
            new RecordProgressRequest { Plan = "plans/67/2024", ActivityKey = "VI.1.1", PeriodId = "2024-Q3", Status = ActivityStatus.Done }));
        Assert.Equal((StatusCode.NotFound, "ACTIVITY_NOT_FOUND"), (mistyped.StatusCode, mistyped.Reason()));
        // Who leads nothing in the plan learns nothing of it.
        var blind = await Assert.ThrowsAsync<RpcException>(() => server.CallAsync("op.dakmil", PlanRpc.RecordProgress,
            new RecordProgressRequest { Plan = "plans/67/2024", ActivityKey = "VI.1.1", PeriodId = "2024-Q3", Status = ActivityStatus.Done }));
        Assert.Equal(StatusCode.PermissionDenied, blind.StatusCode);
        // The lead's operator lists the activities its unit leads, and only those.
        var mine = await server.CallAs(PlanServer.SnvOperator, PlanRpc.ListActivities, new ListActivitiesRequest { Plan = "plans/67/2024", LeadUnitCode = "67.SNV", PageSize = 100 });
        Assert.NotEmpty(mine.Activities);
        Assert.All(mine.Activities, a => Assert.Contains(a.Activity.Leads, l => l.UnitCode == "67.SNV"));
        var all = await Assert.ThrowsAsync<RpcException>(() => server.CallAs(PlanServer.SnvOperator, PlanRpc.ListActivities, new ListActivitiesRequest { Plan = "plans/67/2024" }));
        Assert.Equal(StatusCode.PermissionDenied, all.StatusCode);
        // The refusal says how to ask for what the operator may see.
        Assert.EndsWith("(đơn vị chủ trì xem được các hoạt động mình chủ trì: lọc theo đơn vị chủ trì 67.SNV, cchc plan show 67/2024 --lead 67.SNV).",
            all.Detail<Google.Rpc.LocalizedMessage>()!.Message, StringComparison.Ordinal);
        var stale = await Assert.ThrowsAsync<RpcException>(() => server.CallAs(PlanServer.SnvOperator, PlanRpc.RecordProgress,
            new RecordProgressRequest { Plan = "plans/67/2024", ActivityKey = "I.2.5", PeriodId = "2024-Q3", Status = ActivityStatus.Done, PlanVersion = 7 }));
        Assert.Equal((StatusCode.FailedPrecondition, "PLAN_REVISED"), (stale.StatusCode, stale.Reason()));
    }

    [Fact]
    public async Task Progress_flows_into_I_2_and_a_report_that_disagrees_gets_a_finding_with_both_numbers()
    {
        // Gia Nghĩa's plan: three activities led by its Phòng Nội vụ / Văn phòng (no unit of the organisation), so op.gianghia records them.
        await server.CallAsync("op.gianghia", PlanRpc.RecordProgress, new RecordProgressRequest { Plan = "plans/67.660/2024", ActivityKey = "I.1.1", PeriodId = "2024-Q1", Status = ActivityStatus.Done });
        var asOfQ3 = await server.CallAsync("op.gianghia", PlanRpc.GetPlanProgress, new GetPlanProgressRequest { Plan = "plans/67.660/2024", PeriodId = "2024-Q3" });
        Assert.Equal(["3", "1", "33.33"], asOfQ3.DerivedValues.Select(v => v.Number));
        Assert.Equal("33,33%", asOfQ3.DerivedValues.Single(v => v.IndicatorId == "I.2").RawText);
        Assert.Equal(1, asOfQ3.Overdue); // I.1.2 ended in June, nothing recorded

        // A draft Q3 report typed by hand: 3 planned, 2 done, 67% — the plan says 1 done, 33,33%.
        var update = await server.CallAsync("op.gianghia", Rpc.UpdateValues, new UpdateReportValuesRequest
        {
            Name = "reports/67.660/2024-Q3",
            Values = { new ValueInput { IndicatorId = "I.2.1", RawText = "3" }, new ValueInput { IndicatorId = "I.2.2", RawText = "2" }, new ValueInput { IndicatorId = "I.2", RawText = "67%" } },
        });
        var planFindings = update.Findings.Where(f => f.RuleId.StartsWith("plan.", StringComparison.Ordinal)).ToList();
        Assert.Equal(["plan.I.2.2", "plan.I.2"], planFindings.Select(f => f.RuleId));
        Assert.Equal("I.2.2: báo cáo ghi 2, kế hoạch CCHC cho 1 (số hoạt động đã hoàn thành theo tiến độ kế hoạch).", planFindings[0].Message);
        Assert.Equal(("1", "2"), (planFindings[0].Expected, planFindings[0].Actual));
        Assert.Equal(Finding.Types.Severity.Warning, planFindings[0].Severity);

        // The lead records the second activity done late; the same report now agrees on I.2.2 and the share.
        await server.CallAsync("op.gianghia", PlanRpc.RecordProgress, new RecordProgressRequest
        {
            Plan = "plans/67.660/2024", ActivityKey = "I.1.2", PeriodId = "2024-Q3", Status = ActivityStatus.DoneLate, Note = "Hoàn thành tháng 7", EvidenceNumber = "88/BC-UBND", EvidenceDate = "2024-07-20",
        });
        var validation = await server.CallAsync("op.gianghia", Rpc.Validate, new ValidateReportRequest { Name = "reports/67.660/2024-Q3" });
        Assert.DoesNotContain(validation.Findings, f => f.RuleId.StartsWith("plan.", StringComparison.Ordinal));
        var after = await server.CallAsync("op.gianghia", PlanRpc.GetPlanProgress, new GetPlanProgressRequest { Plan = "plans/67.660/2024", PeriodId = "2024-Q3" });
        Assert.Equal(["3", "2", "66.67"], after.DerivedValues.Select(v => v.Number));
        Assert.Equal((1, 0), (after.Tasks, after.TasksCompleted)); // its one task waits for I.1.3
        Assert.Equal(0, after.Overdue);
        // Up to Q2 the late one was not done yet.
        var asOfQ2 = await server.CallAsync("op.gianghia", PlanRpc.GetPlanProgress, new GetPlanProgressRequest { Plan = "plans/67.660/2024", PeriodId = "2024-Q2" });
        Assert.Equal("1", asOfQ2.DerivedValues.Single(v => v.IndicatorId == "I.2.2").Number);
    }

    [Fact]
    public async Task The_units_report_offers_the_plans_I_2_values_beside_its_own()
    {
        // The demo province's 2024 report types I.2.1 = 380 by hand; its plan (seed 003) gives 49 activities.
        var report = await server.CallAsync("rv.daknong", Rpc.GetReport, new GetReportRequest { Name = "reports/67/2024" });
        var progress = await server.CallAsync("rv.daknong", PlanRpc.GetPlanProgress, new GetPlanProgressRequest { Plan = "plans/67/2024", PeriodId = "2024" });
        Assert.Equal(["I.2.1", "I.2.2", "I.2"], report.PlanValues.Select(v => v.IndicatorId));
        Assert.Equal(progress.DerivedValues.Select(v => (v.IndicatorId, v.Number, v.RawText)), report.PlanValues.Select(v => (v.IndicatorId, v.Number, v.RawText)));
        Assert.Equal("49", report.PlanValues[0].Number);
        Assert.All(report.PlanValues, v => Assert.True(v.Derived));
        Assert.StartsWith("Từ kế hoạch plans/67/2024 (phiên bản 1), lũy kế đến kỳ 2024", report.PlanValues[0].Note, StringComparison.Ordinal);
        // Offered, not taken: the report's own value is unchanged.
        Assert.NotEqual("49", report.Values.Single(v => v.IndicatorId == "I.2.1").Number);
        // Up to the first half; a mask without plan_values leaves them out.
        var h1 = await server.CallAsync("rv.daknong", Rpc.GetReport, new GetReportRequest { Name = "reports/67/2024-H1", ReadMask = new() { Paths = { "name", "plan_values" } } });
        Assert.EndsWith("lũy kế đến kỳ 2024-H1", h1.PlanValues[0].Note.Split(';')[0], StringComparison.Ordinal);
        Assert.Empty(h1.Values);
        var masked = await server.CallAsync("rv.daknong", Rpc.GetReport, new GetReportRequest { Name = "reports/67/2024", ReadMask = new() { Paths = { "status" } } });
        Assert.Empty(masked.PlanValues);
        // A unit without a plan for the year: nothing offered.
        var noPlan = await server.CallAsync("rv.daknong", Rpc.GetReport, new GetReportRequest { Name = "reports/67/2023" });
        Assert.Empty(noPlan.PlanValues);
    }

    [Fact]
    public async Task Submitting_a_report_that_disagrees_with_a_whole_plan_waits_for_a_note_on_the_indicator()
    {
        // Gia Nghĩa's plan was read whole (nothing unparsed), so a disagreement is a warning, which a submission must answer.
        var asOfQ2 = await server.CallAsync("op.gianghia", PlanRpc.GetPlanProgress, new GetPlanProgressRequest { Plan = "plans/67.660/2024", PeriodId = "2024-Q2" });
        var done = int.Parse(asOfQ2.DerivedValues.Single(v => v.IndicatorId == "I.2.2").Number, System.Globalization.CultureInfo.InvariantCulture);
        var typed = done + 1;
        var draft = await server.CallAsync("op.gianghia", Rpc.UpdateValues, new UpdateReportValuesRequest
        {
            Name = "reports/67.660/2024-Q2",
            Values = { new ValueInput { IndicatorId = "I.2.1", RawText = "3" }, new ValueInput { IndicatorId = "I.2.2", RawText = typed.ToString(System.Globalization.CultureInfo.InvariantCulture) } },
        });
        var refused = await Assert.ThrowsAsync<RpcException>(() => server.CallAsync("op.gianghia", Rpc.Submit, new ChangeReportStatusRequest { Name = "reports/67.660/2024-Q2" }));
        Assert.Equal(StatusCode.FailedPrecondition, refused.StatusCode);
        var violation = refused.Detail<Google.Rpc.PreconditionFailure>()!.Violations.Single(v => v.Subject == "I.2.2");
        Assert.Equal("WARNING_WITHOUT_NOTE", violation.Type);
        Assert.Equal($"I.2.2: báo cáo ghi {typed}, kế hoạch CCHC cho {done} (số hoạt động đã hoàn thành theo tiến độ kế hoạch).", violation.Description);
        Assert.Equal("draft", (await server.CallAsync("op.gianghia", Rpc.GetReport, new GetReportRequest { Name = "reports/67.660/2024-Q2" })).Status.ToString().ToLowerInvariant());
        // A note on I.2.2 says why the report counts one more; then the submission goes through with the finding acknowledged.
        var noted = await server.CallAsync("op.gianghia", Rpc.UpdateValues, new UpdateReportValuesRequest
        {
            Name = "reports/67.660/2024-Q2", BaseRevision = draft.Report.Revision,
            Values = { new ValueInput { IndicatorId = "I.2.2", RawText = typed.ToString(System.Globalization.CultureInfo.InvariantCulture), Note = "Tính cả nhiệm vụ phát sinh ngoài kế hoạch" } },
        });
        Assert.True(noted.Findings.Single(f => f.RuleId == "plan.I.2.2").Acknowledged);
        var submitted = await server.CallAsync("op.gianghia", Rpc.Submit, new ChangeReportStatusRequest { Name = "reports/67.660/2024-Q2", BaseRevision = noted.Report.Revision });
        Assert.Equal(ReportStatus.Submitted, submitted.Status);
    }

    [Fact]
    public async Task Against_a_plan_whose_import_left_lines_unread_a_disagreement_is_information_that_says_why()
    {
        // The demo province's 2024 report types its own I.2.x; seed 003's plan was read with 53 lines it could not take.
        var report = await server.CallAsync("rv.daknong", Rpc.GetReport, new GetReportRequest { Name = "reports/67/2024" });
        var typed = report.Values.Single(v => v.IndicatorId == "I.2.1").Number;
        var validation = await server.CallAsync("rv.daknong", Rpc.Validate, new ValidateReportRequest { Name = "reports/67/2024" });
        var planned = validation.Findings.Single(f => f.RuleId == "plan.I.2.1");
        Assert.Equal(Finding.Types.Severity.Info, planned.Severity);
        Assert.Equal(("49", typed), (planned.Expected, planned.Actual));
        Assert.StartsWith($"I.2.1: báo cáo ghi {typed}, kế hoạch CCHC cho 49", planned.Message, StringComparison.Ordinal);
        Assert.EndsWith("còn 53 dòng chưa đọc được nên số của kế hoạch có thể thiếu.", planned.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_input_is_refused_with_a_clear_reason_and_writes_nothing()
    {
        var noActivity = await Assert.ThrowsAsync<RpcException>(() => server.CallAsync("rv.daknong", PlanRpc.ImportPlan,
            new ImportPlanRequest { UnitCode = "67.SNV", Text = "KẾ HOẠCH\nCẢI CÁCH HÀNH CHÍNH NĂM 2024\nPHỤ LỤC\n\tHoạt động 1.1\n\tChỉ một ô\n" }, "en"));
        Assert.Equal(StatusCode.InvalidArgument, noActivity.StatusCode);
        Assert.Contains("2 line(s) unparsed", noActivity.Status.Detail, StringComparison.Ordinal);
        var wrongYear = await Assert.ThrowsAsync<RpcException>(() => server.CallAsync("rv.daknong", PlanRpc.ImportPlan, new ImportPlanRequest { UnitCode = "67", Year = 2025, Text = Seed003 }));
        Assert.Equal("year", wrongYear.Detail<Google.Rpc.BadRequest>()!.FieldViolations.Single().Field);
        var badName = await Assert.ThrowsAsync<RpcException>(() => server.CallAsync("rv.daknong", PlanRpc.GetPlan, new GetPlanRequest { Name = "plans/67" }));
        Assert.Equal(StatusCode.InvalidArgument, badName.StatusCode);
        var missing = await Assert.ThrowsAsync<RpcException>(() => server.CallAsync("rv.daknong", PlanRpc.GetPlan, new GetPlanRequest { Name = "plans/67.SNV/2024" }));
        Assert.Equal((StatusCode.NotFound, "PLAN_NOT_FOUND"), (missing.StatusCode, missing.Reason()));
        var mask = await Assert.ThrowsAsync<RpcException>(() => server.CallAsync("rv.daknong", PlanRpc.GetPlan, new GetPlanRequest { Name = "plans/67/2024", ReadMask = new() { Paths = { "nonsense" } } }));
        Assert.Equal(StatusCode.InvalidArgument, mask.StatusCode);
        var otherYear = await Assert.ThrowsAsync<RpcException>(() => server.CallAsync("op.gianghia", PlanRpc.RecordProgress,
            new RecordProgressRequest { Plan = "plans/67.660/2024", ActivityKey = "I.1.3", PeriodId = "2025-Q1", Status = ActivityStatus.Done }));
        Assert.Equal(StatusCode.InvalidArgument, otherYear.StatusCode);
        // A mistyped filter is refused, not answered with an empty list.
        var noField = await Assert.ThrowsAsync<RpcException>(() => server.CallAsync("rv.daknong", PlanRpc.ListActivities, new ListActivitiesRequest { Plan = "plans/67/2024", Field = "IX" }, "en"));
        Assert.Equal((StatusCode.InvalidArgument, "field"), (noField.StatusCode, noField.Detail<Google.Rpc.BadRequest>()!.FieldViolations.Single().Field));
        Assert.Contains("no field 'IX' (it has I, II, III, IV, V, VI)", noField.Status.Detail, StringComparison.Ordinal);
        // A lead that names no unit is asked for by its text, as the progress by lead unit keys it.
        var byText = await server.CallAsync("rv.daknong", PlanRpc.ListActivities, new ListActivitiesRequest { Plan = "plans/67/2024", LeadUnitCode = "Báo Đắk Nông" });
        Assert.Equal(["I.2.2"], byText.Activities.Select(a => a.Activity.Key));
        var noLead = await Assert.ThrowsAsync<RpcException>(() => server.CallAsync("rv.daknong", PlanRpc.ListActivities, new ListActivitiesRequest { Plan = "plans/67/2024", LeadUnitCode = "67.XYZ" }));
        Assert.Equal((StatusCode.InvalidArgument, "lead_unit_code"), (noLead.StatusCode, noLead.Detail<Google.Rpc.BadRequest>()!.FieldViolations.Single().Field));
        var list = await server.CallAsync("rv.daknong", PlanRpc.ListPlans, new ListPlansRequest { UnitCode = "67", IncludeSubtree = true });
        Assert.Equal(["plans/67/2024", "plans/67.660/2024"], list.Plans.Select(p => p.Name));
    }
}
