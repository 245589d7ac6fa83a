using System.Globalization;
using System.Text.Json;
using Cchc.V1;
using CchcGrpc.Server.Auth;
using CchcGrpc.Server.Domain.Access;
using CchcGrpc.Server.Domain.Numbers;
using CchcGrpc.Server.Domain.Periods;
using CchcGrpc.Server.Domain.Plans;
using CchcGrpc.Server.Domain.Plans.Parsing;
using CchcGrpc.Server.Domain.Text;
using CchcGrpc.Server.Store;
using CchcGrpc.Server.Wire;
using Grpc.Core;
using DomainActivity = CchcGrpc.Server.Domain.Plans.PlanActivity;
using DomainProgress = CchcGrpc.Server.Domain.Plans.ActivityProgress;
using DomainStatus = CchcGrpc.Server.Domain.Plans.ActivityStatus;

namespace CchcGrpc.Server.Services;

/// <summary>cchc.v1.Plans: plan import and revision, progress per activity and period, and the plan's I.2.x.</summary>
public sealed class PlansService(IPlanStore plans, IUnitStore units, ReportingCalendar calendar, TimeProvider time) : Plans.PlansBase
{
    public override async Task<ImportPlanResponse> ImportPlan(ImportPlanRequest request, ServerCallContext context)
    {
        var who = Caller.Of(context);
        var unit = await UnitAsync(request.UnitCode, "unit_code", context);
        Authenticator.Demand(who, Operation.ImportPlan, unit.Path, new($"nhập kế hoạch của {unit.Unit.Code}", $"import the plan of {unit.Unit.Code}"), unit.Unit.Code);
        if (request.Text.Trim().Length == 0)
        {
            throw Errors.Invalid("text", new("Văn bản kế hoạch trống.", "The plan document is empty."));
        }
        var reading = PlanDocumentReader.Read(request.Text);
        var year = request.Year != 0 ? request.Year : reading.Year
            ?? throw Errors.Invalid("year", new("Tiêu đề văn bản không nêu năm của kế hoạch; hãy cho biết năm.", "The document's title names no year; give the plan's year."));
        if (request.Year != 0 && reading.Year is { } printed && printed != request.Year)
        {
            throw Errors.Invalid("year", new($"Văn bản là kế hoạch năm {printed}, không phải năm {request.Year}.", $"The document is the plan for {printed}, not {request.Year}."));
        }
        if (year is < PeriodId.MinYear or > PeriodId.MaxYear)
        {
            throw Errors.Invalid("year", new($"Năm {year} không hợp lệ.", $"Year {year} is not valid."));
        }
        if (!reading.Activities.Any())
        {
            throw Errors.Invalid("text", new($"Không đọc được hoạt động nào từ phụ lục ({reading.Unparsed.Count} dòng không đọc được); không có gì được ghi.",
                $"No activity could be read from the appendix ({reading.Unparsed.Count} line(s) unparsed); nothing was written."));
        }
        var plan = reading.ToPlan(unit.Unit.Code, year, await ResolverAsync(unit, context.CancellationToken));
        var language = CallerLanguage.Of(context);
        if (request.ValidateOnly)
        {
            var existing = await plans.GetAsync(unit.Unit.Code, year, null, context.CancellationToken);
            var outcome = existing is null ? Store.ImportOutcome.Created
                : JsonSerializer.Serialize(existing.Plan) == JsonSerializer.Serialize(plan) ? Store.ImportOutcome.Unchanged : Store.ImportOutcome.Revised;
            var version = existing is null ? 1 : outcome == Store.ImportOutcome.Unchanged ? existing.Version : existing.Version + 1;
            // Say what the import would do, the progress it would keep included.
            var carried = existing is null || outcome != Store.ImportOutcome.Revised ? 0
                : PlanRevision.ProgressCarried(existing.Plan, (await plans.GetProgressAsync(existing.Id, context.CancellationToken)).Select(p => p.ActivityKey).ToHashSet(StringComparer.Ordinal), plan);
            return new ImportPlanResponse { Plan = PlanMapping.ToProto(plan, version, version, reading.Notes, reading.Unparsed, null, "", language), Outcome = PlanMapping.ToProto(outcome), ProgressCarried = carried };
        }
        var result = await StoreCall(() => plans.ImportAsync(plan, reading.Notes, reading.Unparsed, who.UserName, time.GetUtcNow(), context.Deadline, context.CancellationToken));
        return new ImportPlanResponse { Plan = PlanMapping.ToProto(result.Plan, language), Outcome = PlanMapping.ToProto(result.Outcome), ProgressCarried = result.ProgressCarried };
    }

    public override async Task<Cchc.V1.Plan> GetPlan(GetPlanRequest request, ServerCallContext context)
    {
        FieldMasks.Check(Cchc.V1.Plan.Descriptor, request.ReadMask, "read_mask");
        if (request.Version < 0)
        {
            throw Errors.Invalid("version", new("version không được âm.", "version must not be negative."));
        }
        var (_, _, stored) = await ReadableAsync(request.Name, "name", request.Version == 0 ? null : request.Version, context);
        return FieldMasks.Apply(PlanMapping.ToProto(stored, CallerLanguage.Of(context)), request.ReadMask);
    }

    public override async Task<ListPlansResponse> ListPlans(ListPlansRequest request, ServerCallContext context)
    {
        var who = Caller.Of(context);
        var unit = await UnitAsync(request.UnitCode, "unit_code", context);
        Authenticator.Demand(who, Operation.ReadPlan, unit.Path, new($"xem kế hoạch của {unit.Unit.Code}", $"read plans of {unit.Unit.Code}"), unit.Unit.Code);
        var size = PageToken.Size(request.PageSize);
        var after = PageToken.Decode(request.PageToken) is { } cursor && long.TryParse(cursor, CultureInfo.InvariantCulture, out var id) ? id : 0;
        var (page, total) = await plans.ListAsync(unit.Path, request.IncludeSubtree, request.Year == 0 ? null : request.Year, after, size + 1, context.CancellationToken);
        var response = new ListPlansResponse { TotalSize = total };
        // A subtree may hold units the caller must not see (an operator sees only its own unit).
        response.Plans.AddRange(page.Take(size).Where(p => AccessPolicy.Allows(who, Operation.ReadPlan, p.UnitPath)).Select(p => new Cchc.V1.Plan
        {
            Name = new PlanName(p.UnitCode, p.Year).ToString(),
            UnitCode = p.UnitCode,
            Year = p.Year,
            Version = p.Version,
            LatestVersion = p.Version,
            DecisionNumber = p.DecisionNumber,
            ActivityCount = p.ActivityCount,
            ImportedAt = ProtoMapping.Instant(p.ImportedAt),
        }));
        if (page.Count > size)
        {
            response.NextPageToken = PageToken.Encode(page[size - 1].Id.ToString(CultureInfo.InvariantCulture));
        }
        return response;
    }

    public override async Task<ListActivitiesResponse> ListActivities(ListActivitiesRequest request, ServerCallContext context)
    {
        FieldMasks.Check(PlanActivityStatus.Descriptor, request.ReadMask, "read_mask");
        var stored = await ActivitiesReadableAsync(request, context);
        var period = PeriodOf(request.PeriodId, stored.Plan.Year);
        // A mistyped filter is said so, not answered with an empty list that reads as "nothing to do".
        if (request.Field.Length > 0 && !stored.Plan.Fields.Any(f => f.Roman == request.Field))
        {
            var fields = string.Join(", ", stored.Plan.Fields.Select(f => f.Roman));
            throw Errors.Invalid("field", new($"Kế hoạch không có lĩnh vực '{request.Field}' (có {fields}).", $"The plan has no field '{request.Field}' (it has {fields})."));
        }
        // A lead is named as GetPlanProgress keys it: the unit's code, or the text of a lead that names no unit ("Báo Đắk Nông").
        bool Leads(DomainActivity a) => a.Leads.Any(l => l.UnitCode is { } code ? code == request.LeadUnitCode : l.Text == request.LeadUnitCode);
        if (request.LeadUnitCode.Length > 0 && !stored.Plan.Activities.Any(Leads))
        {
            await UnitAsync(request.LeadUnitCode, "lead_unit_code", context);
        }
        var latest = PlanCompletion.LatestStatuses(stored.Plan, await plans.GetProgressAsync(stored.Id, context.CancellationToken), period);
        var today = PlanSchedule.JudgedOn(period, calendar.Today(time));
        var size = PageToken.Size(request.PageSize);
        var offset = PageToken.Decode(request.PageToken) is { } cursor && int.TryParse(cursor, CultureInfo.InvariantCulture, out var n) && n >= 0 ? n : 0;
        var selected = stored.Plan.Activities
            .Where(a => request.Field.Length == 0 || a.Field == request.Field)
            .Where(a => request.LeadUnitCode.Length == 0 || Leads(a))
            .Select(a => (Activity: a, Progress: latest.GetValueOrDefault(a.Key), Overdue: PlanSchedule.IsOverdue(stored.Plan.Year, a, latest.GetValueOrDefault(a.Key)?.Status, today)))
            .Where(x => !request.OverdueOnly || x.Overdue)
            .ToList();
        var response = new ListActivitiesResponse { TotalSize = selected.Count };
        response.Activities.AddRange(selected.Skip(offset).Take(size).Select(x => FieldMasks.Apply(new PlanActivityStatus
        {
            Activity = PlanMapping.ToProto(x.Activity),
            Progress = x.Progress is null ? null : PlanMapping.ToProto(x.Progress),
            Overdue = x.Overdue,
        }, request.ReadMask)));
        if (offset + size < selected.Count)
        {
            response.NextPageToken = PageToken.Encode((offset + size).ToString(CultureInfo.InvariantCulture));
        }
        return response;
    }

    public override async Task<Cchc.V1.ActivityProgress> RecordProgress(RecordProgressRequest request, ServerCallContext context)
    {
        var who = Caller.Of(context);
        var name = PlanName.Parse(request.Plan, "plan");
        var unit = await UnitAsync(name.UnitCode, "plan", context);
        var stored = await plans.GetAsync(name.UnitCode, name.Year, null, context.CancellationToken);
        var activity = stored?.Plan.Activities.FirstOrDefault(a => a.Key == request.ActivityKey);
        var what = new LocalizedText($"ghi tiến độ hoạt động {request.ActivityKey} của {name}", $"record progress of activity {request.ActivityKey} of {name}");
        if (activity is null)
        {
            // Only a caller who may read the plan, or who leads some of its activities (and lists them), learns
            // that a key is not in it; to anyone else the answer is the refusal it would get for any activity.
            if (stored is null || !await LeadsAnyAsync(who, stored.Plan, unit, context.CancellationToken))
            {
                Authenticator.Demand(who, Operation.ReadPlan, unit.Path, what, unit.Unit.Code);
            }
            throw stored is null ? PlanMissing(name) : Errors.NotFound(ErrorReason.ActivityNotFound,
                new($"Kế hoạch {name} không có hoạt động '{request.ActivityKey}'.", $"Plan {name} has no activity '{request.ActivityKey}'."));
        }
        await DemandLeadAsync(who, activity, unit, what, context.CancellationToken);
        if (request.PlanVersion != 0 && request.PlanVersion != stored!.LatestVersion)
        {
            throw Errors.Precondition(ErrorReason.PlanRevised, new(
                $"Kế hoạch {name} đã có phiên bản {stored.LatestVersion}; hãy xem lại (hoạt động không đổi giữ nguyên tiến độ).",
                $"Plan {name} is at version {stored.LatestVersion} now; re-read it (unchanged activities kept their progress)."));
        }
        var period = PeriodOf(request.PeriodId, stored!.Plan.Year, required: true);
        if (request.Status == Cchc.V1.ActivityStatus.Unspecified || !Enum.IsDefined((DomainStatus)(int)request.Status))
        {
            throw Errors.Invalid("status", new("Hãy chọn trạng thái: chưa thực hiện, đang thực hiện, hoàn thành, hoàn thành quá hạn hoặc không thực hiện.",
                "Choose a status: not started, in progress, done, done late or not done."));
        }
        DateOnly? evidenceDate = null;
        if (request.EvidenceDate.Length > 0)
        {
            evidenceDate = DateOnly.TryParseExact(request.EvidenceDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d
                : throw Errors.Invalid("evidence_date", new($"Ngày văn bản '{request.EvidenceDate}' phải có dạng yyyy-MM-dd.", $"The evidence date '{request.EvidenceDate}' must be yyyy-MM-dd."));
        }
        var entry = new DomainProgress(activity.Key, period.Id, (DomainStatus)(int)request.Status, request.Note.Trim(), request.Reason.Trim(),
            request.EvidenceNumber.Trim(), evidenceDate, who.UserName, time.GetUtcNow());
        var problems = ProgressRules.Check(stored.Plan, activity, period, entry, calendar.Today(time));
        if (problems.Count > 0)
        {
            // The sentence names each problem: a client that prints only the message still says what to fix.
            throw Errors.InvalidValues(new($"Tiến độ chưa ghi được, không có gì được ghi: {string.Join(" ", problems.Select(p => p.Problem.Vi))}",
                    $"The progress cannot be recorded, nothing was written: {string.Join(" ", problems.Select(p => p.Problem.En))}"),
                [.. problems.Select(p => new FieldProblem(p.Field, p.Problem))]);
        }
        return PlanMapping.ToProto(await StoreCall(() => plans.RecordProgressAsync(stored.Id, entry, context.Deadline, context.CancellationToken)));
    }

    public override async Task<PlanProgress> GetPlanProgress(GetPlanProgressRequest request, ServerCallContext context)
    {
        var (_, _, stored) = await ReadableAsync(request.Plan, "plan", null, context);
        var plan = stored.Plan;
        var period = PeriodOf(request.PeriodId, plan.Year);
        var progress = await plans.GetProgressAsync(stored.Id, context.CancellationToken);
        var latest = PlanCompletion.LatestStatuses(plan, progress, period);
        var today = PlanSchedule.JudgedOn(period, calendar.Today(time));
        var rows = plan.Activities.Select(a => (Activity: a, Status: latest.GetValueOrDefault(a.Key)?.Status, Overdue: PlanSchedule.IsOverdue(plan.Year, a, latest.GetValueOrDefault(a.Key)?.Status, today))).ToList();
        var response = new PlanProgress { Plan = new PlanName(plan.UnitCode, plan.Year).ToString(), PeriodId = period.Id, Overdue = rows.Count(r => r.Overdue) };
        response.ByField.AddRange(plan.Fields.Select(f => Tally(f.Roman, f.Title, rows.Where(r => r.Activity.Field == f.Roman))));
        var names = (await units.GetDescendantsAsync(ProvinceOf(stored.UnitPath), null, context.CancellationToken)).ToDictionary(u => u.Unit.Code, u => u.Unit.Name, StringComparer.Ordinal);
        response.ByLeadUnit.AddRange(rows
            .SelectMany(r => r.Activity.Leads.Select(l => (Key: l.UnitCode ?? l.Text, l.Text, Row: r)))
            .GroupBy(x => x.Key, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => Tally(g.Key, names.GetValueOrDefault(g.Key, g.First().Text), g.Select(x => x.Row))));
        var completion = PlanCompletion.Of(plan, progress, period);
        response.Tasks = plan.Tasks.Count();
        response.TasksCompleted = plan.Tasks.Count(t => t.Activities.Count > 0
            && t.Activities.All(a => latest.TryGetValue(a.Key, out var e) && ActivityStatusText.IsCompleted(e.Status)));
        response.DerivedValues.AddRange(PlanMapping.DerivedValues(stored, completion, period));
        return response;
    }

    private static ProgressTally Tally(string key, string title, IEnumerable<(DomainActivity Activity, DomainStatus? Status, bool Overdue)> rows)
    {
        var list = rows.ToList();
        return new ProgressTally
        {
            Key = key,
            Title = title,
            Activities = list.Count,
            NotStarted = list.Count(r => r.Status == DomainStatus.NotStarted),
            InProgress = list.Count(r => r.Status == DomainStatus.InProgress),
            Done = list.Count(r => r.Status == DomainStatus.Done),
            DoneLate = list.Count(r => r.Status == DomainStatus.DoneLate),
            NotDone = list.Count(r => r.Status == DomainStatus.NotDone),
            Unreported = list.Count(r => r.Status is null),
            Overdue = list.Count(r => r.Overdue),
        };
    }

    /// <summary>Whether the caller may record progress for at least one activity of the plan.</summary>
    private async Task<bool> LeadsAnyAsync(Domain.Access.Principal who, Domain.Plans.Plan plan, StoredUnit planUnit, CancellationToken cancellationToken)
    {
        foreach (var code in plan.Activities.SelectMany(a => a.LeadUnitCodes).Distinct(StringComparer.Ordinal))
        {
            if (await units.GetAsync(code, cancellationToken) is { } lead && AccessPolicy.Allows(who, Operation.RecordProgress, lead.Path))
            {
                return true;
            }
        }
        // An activity whose leads name no unit of the organisation is recorded by the plan's unit.
        return plan.Activities.Any(a => !a.LeadUnitCodes.Any()) && AccessPolicy.Allows(who, Operation.RecordProgress, planUnit.Path);
    }

    /// <summary>Operators of a lead unit (or of the plan's unit when no lead names a unit of the organisation).</summary>
    private async Task DemandLeadAsync(Domain.Access.Principal who, DomainActivity activity, StoredUnit planUnit, LocalizedText what, CancellationToken cancellationToken)
    {
        var leads = activity.LeadUnitCodes.ToList();
        var paths = new List<(string Code, string Path)>();
        foreach (var code in leads)
        {
            if (await units.GetAsync(code, cancellationToken) is { } lead)
            {
                paths.Add((code, lead.Path));
            }
        }
        if (paths.Count == 0)
        {
            paths.Add((planUnit.Unit.Code, planUnit.Path));
        }
        if (!paths.Any(p => AccessPolicy.Allows(who, Operation.RecordProgress, p.Path)))
        {
            Authenticator.Demand(who, Operation.RecordProgress, paths[0].Path, what, paths[0].Code);
        }
    }

    /// <summary>
    /// Who may read the plan lists its activities; so may the operator (or token) of a lead unit,
    /// for the activities that unit leads (<c>lead_unit_code</c> its own): it records them.
    /// </summary>
    private async Task<StoredPlan> ActivitiesReadableAsync(ListActivitiesRequest request, ServerCallContext context)
    {
        var who = Caller.Of(context);
        var name = PlanName.Parse(request.Plan, "plan");
        var unit = await UnitAsync(name.UnitCode, "plan", context);
        if (!AccessPolicy.Allows(who, Operation.ReadPlan, unit.Path)
            && !(request.LeadUnitCode.Length > 0 && await units.GetAsync(request.LeadUnitCode, context.CancellationToken) is { } lead
                 && AccessPolicy.Allows(who, Operation.RecordProgress, lead.Path)))
        {
            // An operator of a lead unit is most likely after its own activities: say how to ask for them.
            var hint = who.UnitCode is { } own && request.LeadUnitCode.Length == 0
                ? new LocalizedText($" (đơn vị chủ trì xem được các hoạt động mình chủ trì: lọc theo đơn vị chủ trì {own}, cchc plan show {name.UnitCode}/{name.Year} --lead {own})",
                    $" (a lead unit may list the activities it leads: filter by lead unit {own}, cchc plan show {name.UnitCode}/{name.Year} --lead {own})")
                : new LocalizedText("", "");
            Authenticator.Demand(who, Operation.ReadPlan, unit.Path, new($"xem kế hoạch {name}{hint.Vi}", $"read plan {name}{hint.En}"), unit.Unit.Code);
        }
        return await plans.GetAsync(name.UnitCode, name.Year, null, context.CancellationToken) ?? throw PlanMissing(name);
    }

    private async Task<(Domain.Access.Principal Who, StoredUnit Unit, StoredPlan Plan)> ReadableAsync(string planName, string field, int? version, ServerCallContext context)
    {
        var who = Caller.Of(context);
        var name = PlanName.Parse(planName, field);
        var unit = await UnitAsync(name.UnitCode, field, context);
        Authenticator.Demand(who, Operation.ReadPlan, unit.Path, new($"xem kế hoạch {name}", $"read plan {name}"), unit.Unit.Code);
        var stored = await plans.GetAsync(name.UnitCode, name.Year, version, context.CancellationToken) ?? throw PlanMissing(name, version);
        return (who, unit, stored);
    }

    private async Task<StoredUnit> UnitAsync(string code, string field, ServerCallContext context) =>
        await units.GetAsync(code, context.CancellationToken)
            ?? throw Errors.Invalid(field, new($"Đơn vị '{code}' không tồn tại.", $"Unit '{code}' does not exist."));

    /// <summary>The names a plan may give: its province and every unit in it.</summary>
    private async Task<PartyResolver> ResolverAsync(StoredUnit unit, CancellationToken cancellationToken)
    {
        var province = ProvinceOf(unit.Path);
        var all = (await units.GetDescendantsAsync(province, null, cancellationToken)).Select(u => u.Unit).ToList();
        if (await units.GetAsync(province, cancellationToken) is { } root)
        {
            all.Insert(0, root.Unit);
        }
        // The plan's own unit and its direct children first: the same name elsewhere in the province resolves to them.
        var ordered = all.OrderBy(u => u.Code == unit.Unit.Code ? 0 : u.ParentCode == unit.Unit.Code ? 1 : 2);
        return new PartyResolver(ordered);
    }

    private static string ProvinceOf(string path) => path.Split('/', StringSplitOptions.RemoveEmptyEntries)[0];

    private static PeriodId PeriodOf(string id, int planYear, bool required = false)
    {
        if (id.Length == 0)
        {
            return required
                ? throw Errors.Invalid("period_id", new("Hãy cho biết kỳ báo cáo (ví dụ 2024-Q2, 2024-H1, 2024).", "Give the reporting period (e.g. 2024-Q2, 2024-H1, 2024)."))
                : PeriodId.ForYear(planYear);
        }
        var period = PeriodMapping.Parse(id, "period_id");
        return period.Year == planYear ? period
            : throw Errors.Invalid("period_id", new($"Kỳ {period.Id} không thuộc năm {planYear} của kế hoạch.", $"Period {period.Id} is not in the plan's year {planYear}."));
    }

    private static ServiceError PlanMissing(PlanName name, int? version = null) =>
        Errors.NotFound(ErrorReason.PlanNotFound, version is { } v
            ? new($"Kế hoạch {name} không có phiên bản {v}.", $"Plan {name} has no version {v}.")
            : new($"Đơn vị {name.UnitCode} chưa có kế hoạch năm {name.Year}.", $"Unit {name.UnitCode} has no plan for {name.Year}."));

    private static async Task<T> StoreCall<T>(Func<Task<T>> call)
    {
        try
        {
            return await call();
        }
        catch (StoreException ex) when (ex.Failure is StoreFailure.NotFound)
        {
            throw Errors.NotFound(ErrorReason.ActivityNotFound, ex.Text);
        }
        catch (StoreException ex)
        {
            throw Errors.From(ex);
        }
    }
}
