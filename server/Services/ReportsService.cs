using Cchc.V1;
using CchcGrpc.Server.Auth;
using CchcGrpc.Server.Domain.Access;
using CchcGrpc.Server.Domain.Periods;
using CchcGrpc.Server.Domain.Plans;
using CchcGrpc.Server.Domain.Reports;
using CchcGrpc.Server.Reporting;
using CchcGrpc.Server.Store;
using CchcGrpc.Server.Domain.Text;
using CchcGrpc.Server.Wire;
using Google.Rpc;
using Grpc.Core;
using DomainStatus = CchcGrpc.Server.Domain.Reports.ReportStatus;
using NarrativeSection = CchcGrpc.Server.Domain.Reports.NarrativeSection;
using ReportStatus = Cchc.V1.ReportStatus;
using ValueState = CchcGrpc.Server.Domain.Reports.ValueState;

namespace CchcGrpc.Server.Services;

/// <summary>cchc.v1.Reports: entering values, validation, the review cycle and the audit trail.</summary>
public sealed class ReportsService(IReportStore reports, IUnitStore units, IPlanStore plans, CatalogSet catalogs, ReportingCalendar calendar, TimeProvider time) : Reports.ReportsBase
{
    private const int MaxValuesPerUpdate = 2000;

    public override async Task<Report> GetReport(GetReportRequest request, ServerCallContext context)
    {
        ReportMapping.CheckMask(request.ReadMask, "read_mask");
        var (_, _, key) = await ResolveAsync(request.Name, Operation.ReadReport, new("xem báo cáo này", "read this report"), context);
        var report = await reports.GetAsync(key, ReportMapping.NeedsContent(request.ReadMask), context.CancellationToken)
            ?? throw Errors.ReportNotFound(key);
        var proto = ReportMapping.ToProto(report, request.ReadMask);
        if ((request.ReadMask is null || request.ReadMask.Paths.Count == 0 || request.ReadMask.Paths.Contains("plan_values"))
            && await PlanCompletionAsync(key, context.CancellationToken) is ({ } plan, { } completion, var period))
        {
            proto.PlanValues.AddRange(PlanMapping.DerivedValues(plan, completion, period));
        }
        return proto;
    }

    public override async Task<ListReportsResponse> ListReports(ListReportsRequest request, ServerCallContext context)
    {
        ReportMapping.CheckMask(request.ReadMask, "read_mask");
        var who = Caller.Of(context);
        var unit = await units.GetAsync(request.UnitCode, context.CancellationToken)
            ?? throw Errors.Invalid("unit_code", UnitMissing(request.UnitCode));
        Authenticator.Demand(who, Operation.ReadReport, unit.Path, new($"xem báo cáo của {unit.Unit.Code}", $"read reports of {unit.Unit.Code}"), unit.Unit.Code);
        if (request.PeriodId.Length > 0)
        {
            PeriodMapping.Parse(request.PeriodId, "period_id");
        }
        var size = PageToken.Size(request.PageSize);
        var after = PageToken.Decode(request.PageToken) is { } cursor && long.TryParse(cursor, out var id) ? id : 0;
        var query = new ReportQuery(unit.Unit.Code, request.IncludeSubtree, request.PeriodId.Length == 0 ? null : request.PeriodId,
            [.. request.Statuses.Select(s => ToDomain(s, "statuses"))], ReportMapping.NeedsContent(request.ReadMask) && request.ReadMask?.Paths.Count > 0, after, size + 1);
        var (page, total) = await reports.ListAsync(query, context.CancellationToken);
        var response = new ListReportsResponse { TotalSize = total };
        // A subtree may hold units the caller must not see (an operator sees only its own unit).
        var visible = page.Take(size).Where(r => AccessPolicy.Allows(who, Operation.ReadReport, r.UnitPath));
        response.Reports.AddRange(visible.Select(r => ReportMapping.ToProto(r, request.ReadMask?.Paths.Count > 0 ? request.ReadMask : MaskWithoutContent)));
        if (page.Count > size)
        {
            response.NextPageToken = PageToken.Encode(page[size - 1].Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        return response;
    }

    public override async Task<UpdateReportValuesResponse> UpdateReportValues(UpdateReportValuesRequest request, ServerCallContext context)
    {
        ReportMapping.CheckMask(request.ReadMask, "read_mask");
        var (who, unit, key) = await ResolveAsync(request.Name, Operation.EditReport, new("sửa báo cáo này", "edit this report"), context);
        if (request.BaseRevision < 0)
        {
            throw Errors.Invalid("base_revision", new("base_revision không được âm.", "base_revision cannot be negative."));
        }
        var existing = await reports.GetAsync(key, withValues: true, context.CancellationToken);
        if (existing is not null && !ReportWorkflow.IsEditable(existing.Status))
        {
            throw Errors.Precondition(ErrorReason.ReportLocked, new(
                $"Báo cáo {key} đang ở trạng thái {StatusVi(existing.Status)}; chỉ báo cáo nháp hoặc bị trả lại mới sửa được.",
                $"Report {key} is {existing.Status.ToString().ToLowerInvariant()}; only draft and returned reports can be edited."));
        }
        var catalog = existing is null ? catalogs.Current : catalogs.For(existing.CatalogVersion);
        var changes = ReadInputs(request, catalog, unit.Unit.Level);
        var merged = ReportContent.Merge(catalog, unit.Unit.Level, existing?.Values ?? [], changes);
        var validation = ReportContent.Validate(catalog, unit.Unit.Level, merged);
        var byId = merged.ToDictionary(v => v.IndicatorId, StringComparer.Ordinal);
        var response = new UpdateReportValuesResponse();
        response.Findings.AddRange(validation.Findings.Concat(await PlanFindingsAsync(key, byId, context.CancellationToken)).Select(f => FindingMapping.ToProto(f, catalog, unit.Unit.Level, byId)));
        var before = existing?.Values.ToDictionary(v => v.IndicatorId, StringComparer.Ordinal) ?? [];
        var toWrite = ReportContent.Differing(merged, before);
        var narrative = request.Narrative.Select(n => new NarrativeSection(n.Key, n.Heading, n.Body)).ToList();
        if (request.ValidateOnly)
        {
            var preview = existing ?? new StoredReport(0, key, unit.Path, catalog.Version, DomainStatus.Draft, 0, null, time.GetUtcNow(), time.GetUtcNow(), null, false, [], []);
            response.Report = ReportMapping.ToProto(preview with { Values = merged }, request.ReadMask);
            return response;
        }
        var change = new ReportChange(key, catalog.Version, request.BaseRevision, toWrite, narrative, who.UserName, "UpdateReportValues", time.GetUtcNow());
        response.Report = ReportMapping.ToProto((await reports.SaveAsync(change, context.Deadline, context.CancellationToken)).Report, request.ReadMask);
        return response;
    }

    public override async Task<ValidateReportResponse> ValidateReport(ValidateReportRequest request, ServerCallContext context)
    {
        var (_, unit, key) = await ResolveAsync(request.Name, Operation.ReadReport, new("kiểm tra báo cáo này", "validate this report"), context);
        var report = await reports.GetAsync(key, withValues: true, context.CancellationToken) ?? throw Errors.ReportNotFound(key);
        var catalog = catalogs.For(report.CatalogVersion);
        var validation = ReportContent.Validate(catalog, unit.Unit.Level, report.Values);
        var byId = report.Values.ToDictionary(v => v.IndicatorId, StringComparer.Ordinal);
        var response = new ValidateReportResponse();
        response.Findings.AddRange(validation.Findings.Concat(await PlanFindingsAsync(key, byId, context.CancellationToken)).Select(f => FindingMapping.ToProto(f, catalog, unit.Unit.Level, byId)));
        response.Submittable = response.Findings.All(f => f.Severity != Finding.Types.Severity.Error && (f.Severity != Finding.Types.Severity.Warning || f.Acknowledged));
        return response;
    }

    public override async Task<Report> SubmitReport(ChangeReportStatusRequest request, ServerCallContext context)
    {
        var (who, unit, key) = await ResolveAsync(request.Name, Operation.SubmitReport, new("gửi báo cáo này", "submit this report"), context);
        var report = await reports.GetAsync(key, withValues: true, context.CancellationToken) ?? throw Errors.ReportNotFound(key);
        var to = ReportWorkflow.Submit(report.Status)
            ?? throw Errors.Precondition(ErrorReason.ReportLocked, new(
                $"Báo cáo {key} đang ở trạng thái {StatusVi(report.Status)}; chỉ báo cáo nháp hoặc bị trả lại mới gửi được.",
                $"Report {key} is {report.Status.ToString().ToLowerInvariant()}; only draft and returned reports can be submitted."));
        var catalog = catalogs.For(report.CatalogVersion);
        var byId = report.Values.ToDictionary(v => v.IndicatorId, StringComparer.Ordinal);
        var blocking = ReportContent.Validate(catalog, unit.Unit.Level, report.Values).Findings
            .Concat(await PlanFindingsAsync(key, byId, context.CancellationToken))
            .Where(f => f.Severity == Domain.Validation.Severity.Error || (f.Severity == Domain.Validation.Severity.Warning && !ReportContent.IsAcknowledged(f, byId))).ToList();
        if (blocking.Count > 0)
        {
            var failure = new PreconditionFailure();
            failure.Violations.AddRange(blocking.Select(f => new PreconditionFailure.Types.Violation
            {
                Type = f.Severity == Domain.Validation.Severity.Error ? "VALIDATION_ERROR" : "WARNING_WITHOUT_NOTE",
                Subject = string.Join(",", f.IndicatorIds),
                Description = f.Message,
            }));
            throw Errors.Precondition(ErrorReason.ReportNotSubmittable, new(
                $"Chưa gửi được báo cáo {key}: {blocking.Count} kết quả kiểm tra cần sửa hoặc cần ghi chú.",
                $"Report {key} cannot be submitted: {blocking.Count} finding(s) need fixing or a note."), failure);
        }
        var late = !calendar.IsOnTime(PeriodMapping.Parse(key.PeriodId, "name"), time.GetUtcNow());
        return await ChangeStatusAsync(new StatusChangeCommand(key, request.BaseRevision, report.Status, to, null, late, who.UserName, "SubmitReport", time.GetUtcNow()), context);
    }

    public override Task<Report> ApproveReport(ChangeReportStatusRequest request, ServerCallContext context) =>
        ReviewAsync(request, context, ReportWorkflow.Approve, "ApproveReport", commentRequired: false);

    public override Task<Report> ReturnReport(ChangeReportStatusRequest request, ServerCallContext context) =>
        ReviewAsync(request, context, ReportWorkflow.Return, "ReturnReport", commentRequired: true);

    public override async Task<GetReportHistoryResponse> GetReportHistory(GetReportHistoryRequest request, ServerCallContext context)
    {
        var (_, _, key) = await ResolveAsync(request.Name, Operation.ReadReport, new("xem lịch sử của báo cáo này", "read this report's history"), context);
        var size = PageToken.Size(request.PageSize);
        HistoryPosition? after = null;
        if (PageToken.Decode(request.PageToken) is { } cursor)
        {
            after = HistoryPosition.TryParse(cursor, out var position) ? position
                : throw Errors.Invalid("page_token", new("Mã trang (page_token) không phải do máy chủ này cấp.", "The page token is not one this server issued."));
        }
        var events = await reports.GetHistoryAsync(key, after, size + 1, context.CancellationToken);
        var response = new GetReportHistoryResponse();
        response.Events.AddRange(events.Take(size).Select(HistoryMapping.ToProto));
        if (events.Count > size)
        {
            response.NextPageToken = PageToken.Encode(events[size - 1].Position.ToString());
        }
        return response;
    }

    private static readonly Google.Protobuf.WellKnownTypes.FieldMask MaskWithoutContent = new()
    {
        Paths = { "name", "unit_code", "period_id", "catalog_version", "status", "revision", "review_comment", "created_at", "updated_at", "submitted_at", "submitted_late" },
    };

    private async Task<Report> ReviewAsync(ChangeReportStatusRequest request, ServerCallContext context, Func<DomainStatus, DomainStatus?> transition, string via, bool commentRequired)
    {
        var (who, _, key) = await ResolveAsync(request.Name, Operation.ReviewReport, new("duyệt báo cáo này", "review this report"), context);
        if (commentRequired && request.Comment.Trim().Length == 0)
        {
            throw Errors.Invalid("comment", new("Khi trả lại báo cáo, hãy ghi rõ cần sửa gì.", "Say what must be fixed when returning a report."));
        }
        var report = await reports.GetAsync(key, withValues: false, context.CancellationToken) ?? throw Errors.ReportNotFound(key);
        var to = transition(report.Status)
            ?? throw Errors.Precondition(ErrorReason.ReportNotReviewable, new(
                $"Báo cáo {key} đang ở trạng thái {StatusVi(report.Status)}; chỉ báo cáo đã gửi mới duyệt được.",
                $"Report {key} is {report.Status.ToString().ToLowerInvariant()}; only submitted reports can be reviewed."));
        var comment = request.Comment.Trim().Length == 0 ? null : request.Comment.Trim();
        return await ChangeStatusAsync(new StatusChangeCommand(key, request.BaseRevision, report.Status, to, comment, false, who.UserName, via, time.GetUtcNow()), context);
    }

    private async Task<Report> ChangeStatusAsync(StatusChangeCommand command, ServerCallContext context) =>
        ReportMapping.ToProto(await reports.ChangeStatusAsync(command, context.Deadline, context.CancellationToken), MaskWithoutContent);

    private async Task<(Domain.Access.Principal Who, StoredUnit Unit, ReportKey Key)> ResolveAsync(string name, Operation operation, LocalizedText what, ServerCallContext context)
    {
        var who = Caller.Of(context);
        if (!ReportKey.TryParse(name, out var key))
        {
            throw Errors.Invalid("name", new($"'{name}' không phải tên báo cáo; hãy dùng reports/{{mã đơn vị}}/{{mã kỳ}}, ví dụ reports/67/2022.",
                $"'{name}' is not a report name; use reports/{{unit_code}}/{{period_id}}, e.g. reports/67/2022."));
        }
        PeriodMapping.Parse(key.PeriodId, "name");
        var unit = await units.GetAsync(key.UnitCode, context.CancellationToken)
            ?? throw Errors.Invalid("name", UnitMissing(key.UnitCode));
        Authenticator.Demand(who, operation, unit.Path, new($"{what.Vi} ({key})", $"{what.En} ({key})"), unit.Unit.Code);
        return (who, unit, key);
    }

    /// <summary>
    /// Where the unit has a plan for the report's year: its I.2.1 / I.2.2 / I.2 as the plan's
    /// progress gives them up to the period, against what the report says (warnings naming both numbers).
    /// </summary>
    private async Task<IReadOnlyList<Domain.Validation.Finding>> PlanFindingsAsync(ReportKey key, IReadOnlyDictionary<string, ReportValue> values, CancellationToken cancellationToken)
    {
        return PlanReportCheck.Concerns(values) && await PlanCompletionAsync(key, cancellationToken) is ({ } plan, { } completion, _)
            ? PlanReportCheck.Compare(completion, values, plan.Unparsed.Count)
            : [];
    }

    /// <summary>The unit's plan for the report's year and its completion up to the report's period; null without a plan.</summary>
    private async Task<(StoredPlan Plan, PlanCompletion Completion, PeriodId Period)?> PlanCompletionAsync(ReportKey key, CancellationToken cancellationToken)
    {
        if (!PeriodId.TryParse(key.PeriodId, out var period) || await plans.GetAsync(key.UnitCode, period.Year, null, cancellationToken) is not { } plan)
        {
            return null;
        }
        return (plan, PlanCompletion.Of(plan.Plan, await plans.GetProgressAsync(plan.Id, cancellationToken), period), period);
    }

    private static LocalizedText UnitMissing(string code) => new($"Đơn vị '{code}' không tồn tại.", $"Unit '{code}' does not exist.");

    private static string StatusVi(DomainStatus status) => status switch
    {
        DomainStatus.Draft => "nháp",
        DomainStatus.Submitted => "đã gửi",
        DomainStatus.Returned => "bị trả lại",
        DomainStatus.Resubmitted => "đã gửi lại",
        DomainStatus.Approved => "đã duyệt",
        _ => status.ToString().ToLowerInvariant(),
    };

    private static List<ReportValue> ReadInputs(UpdateReportValuesRequest request, Domain.Catalog.IndicatorCatalog catalog, Domain.Units.UnitLevel level)
    {
        if (request.Values.Count > MaxValuesPerUpdate)
        {
            throw Errors.Invalid("values", new($"Mỗi lần gọi tối đa {MaxValuesPerUpdate} giá trị.", $"At most {MaxValuesPerUpdate} values per call."));
        }
        var problems = new List<FieldProblem>();
        var values = new List<ReportValue>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < request.Values.Count; i++)
        {
            var input = request.Values[i];
            var field = $"values[{i}]";
            if (!catalog.TryGet(input.IndicatorId, out var indicator))
            {
                problems.Add(new($"{field}.indicator_id", new($"'{input.IndicatorId}' không phải chỉ tiêu của danh mục {catalog.Version}.", $"'{input.IndicatorId}' is not an indicator of catalog {catalog.Version}.")));
                continue;
            }
            if (!indicator.AppliesTo(level))
            {
                problems.Add(new($"{field}.indicator_id", new($"{indicator.Id} không áp dụng cho cấp {LevelVi(level)}.", $"{indicator.Id} does not apply to a {level.ToString().ToLowerInvariant()}.")));
                continue;
            }
            if (!seen.Add(indicator.Id))
            {
                problems.Add(new($"{field}.indicator_id", new($"{indicator.Id} được nêu hai lần.", $"{indicator.Id} is given twice.")));
                continue;
            }
            if (input.Note.Length > ValueReading.MaxNoteLength)
            {
                problems.Add(new($"{field}.note", new($"Ghi chú dài quá {ValueReading.MaxNoteLength} ký tự.", $"The note is longer than {ValueReading.MaxNoteLength} characters.")));
                continue;
            }
            var note = input.Note.Length == 0 ? null : input.Note;
            var (value, problem) = input.RawText.Length > 0 || input.State == Cchc.V1.ValueState.Unspecified
                ? ValueReading.FromRaw(indicator, input.RawText, note)
                : ValueReading.FromParts(indicator, (ValueState)(int)input.State, input.Number, input.Text, note);
            if (problem is not null)
            {
                problems.Add(new($"{field}.{(input.RawText.Length > 0 ? "raw_text" : "number")}", new($"{indicator.Id}: {problem.Vi}", $"{indicator.Id}: {problem.En}")));
                continue;
            }
            values.Add(value!);
        }
        if (problems.Count > 0)
        {
            throw Errors.InvalidValues(new($"{problems.Count} giá trị không lưu được; không có gì được ghi.", $"{problems.Count} value(s) cannot be stored; nothing was written."), problems);
        }
        return values;
    }

    private static DomainStatus ToDomain(ReportStatus status, string field) =>
        Enum.IsDefined((DomainStatus)(int)status) ? (DomainStatus)(int)status
            : throw Errors.Invalid(field, new($"Trạng thái báo cáo không xác định: {(int)status}.", $"Unknown report status {(int)status}."));

    private static string LevelVi(Domain.Units.UnitLevel level) => level switch
    {
        Domain.Units.UnitLevel.Province => "tỉnh",
        Domain.Units.UnitLevel.Department => "sở, ban, ngành",
        Domain.Units.UnitLevel.District => "huyện",
        _ => "xã",
    };
}
