using System.CommandLine;
using Cchc.V1;
using CchcGrpc.Client.Cli;
using CchcGrpc.Client.Output;
using CchcGrpc.Client.Text;
using CchcGrpc.Client.Verbs;

namespace CchcGrpc.Client.Plans;

/// <summary>
/// `cchc plan import|show|progress`: a unit's yearly CCHC plan read from its document, its
/// activities with where they stand, and their progress (recorded by the lead unit, or summed
/// by field and lead unit with the I.2.x the plan gives the report).
/// </summary>
public sealed class PlanVerb : Verb
{
    private static readonly string[] Actions = ["import", "show", "progress"];

    public PlanVerb()
        : base("plan", new("Kế hoạch CCHC năm: nhập từ văn bản, xem hoạt động, ghi và xem tiến độ (plan import|show|progress).",
                "Yearly CCHC plans: import from the document, show activities, record and sum up progress (plan import|show|progress)."),
            "cchc plan import FILE --unit U [--year Y] [--dry-run] | cchc plan show PLAN [--field F] [--lead U] [--overdue] [--period P]"
            + " | cchc plan progress PLAN [--period P] | cchc plan progress PLAN --activity KEY --period P --status S [--note T] [--reason T] [--evidence SỐ] [--evidence-date yyyy-MM-dd]      (PLAN: plans/67/2024 or 67/2024)",
            [
                "cchc plan import ke-hoach-cchc-2024.txt --unit 67 --dry-run",
                "cchc plan show 67/2024 --field III --period 2024-H1",
                "cchc plan show 67/2024 --lead 67.SNV --overdue --output csv",
                "cchc plan progress 67/2024 --period 2024-9M",
                "cchc plan progress 67/2024 --activity I.2.5 --period 2024-Q3 --status done --evidence 1234/QĐ-UBND --evidence-date 2024-09-12",
                "cchc plan progress 67/2024 --activity IV.2.1 --period 2024 --status \"không thực hiện\" --reason \"Chưa có Nghị quyết của HĐND tỉnh\"",
            ])
    {
        ActionWord = AddArgument(new Argument<string?>("ACTION") { Arity = ArgumentArity.ZeroOrOne });
        ActionWord.CompletionSources.Add(Actions);
        Target = AddArgument(new Argument<string?>("FILE|PLAN") { Arity = ArgumentArity.ZeroOrOne });
        Unit = Add(CliOptions.Text("--unit", new("mã đơn vị của kế hoạch (import)", "the plan's unit code (import)")));
        Year = Add(CliValues.YearOption("--year", new("năm của kế hoạch (mặc định: theo tiêu đề văn bản)", "the plan's year (default: from the document's title)")));
        DryRun = Add(CliOptions.Flag("--dry-run", new("đọc và báo kết quả, không ghi gì", "read and report, write nothing")));
        Field = Add(CliOptions.Text("--field", new("chỉ lĩnh vực này (I … VII)", "only this field (I … VII)")));
        Lead = Add(CliOptions.Text("--lead", new("chỉ hoạt động do đơn vị này chủ trì (mã đơn vị, hoặc tên như \"Báo Đắk Nông\" khi không phải đơn vị trong hệ thống)", "only activities this unit leads (a unit code, or a name such as \"Báo Đắk Nông\" that is no unit of the system)")));
        Overdue = Add(CliOptions.Flag("--overdue", new("chỉ hoạt động quá hạn (hết tháng kết thúc mà chưa hoàn thành)", "only overdue activities (end month passed, not done)")));
        Period = Add(CliOptions.Text("--period", new("kỳ báo cáo (mặc định: cả năm)", "reporting period (default: the year)")));
        Activity = Add(CliOptions.Text("--activity", new("mã hoạt động để ghi tiến độ, ví dụ I.2.5", "activity key to record progress for, e.g. I.2.5")));
        Status = Add(CliOptions.Choice("--status",
            new("trạng thái: not-started (chưa thực hiện), in-progress (đang thực hiện), done (hoàn thành), done-late (hoàn thành quá hạn), not-done (không thực hiện); gõ tiếng Việt cũng được, ví dụ \"không thực hiện\"",
                "status: not-started, in-progress, done, done-late, not-done (or the Vietnamese words, e.g. \"không thực hiện\")"),
            [("not-started", ActivityStatus.NotStarted), ("in-progress", ActivityStatus.InProgress), ("done", ActivityStatus.Done), ("done-late", ActivityStatus.DoneLate), ("not-done", ActivityStatus.NotDone)],
            [("chua-thuc-hien", ActivityStatus.NotStarted), ("dang-thuc-hien", ActivityStatus.InProgress), ("hoan-thanh", ActivityStatus.Done), ("hoan-thanh-qua-han", ActivityStatus.DoneLate), ("khong-thuc-hien", ActivityStatus.NotDone)],
            StatusWordOf));
        Note = Add(CliOptions.Text("--note", new("ghi chú", "note")));
        Reason = Add(CliOptions.Text("--reason", new("lý do (bắt buộc khi không thực hiện)", "reason (required for not-done)")));
        Evidence = Add(CliOptions.Text("--evidence", new("số văn bản minh chứng", "evidence document number")));
        EvidenceDate = Add(CliOptions.Text("--evidence-date", new("ngày văn bản minh chứng (yyyy-MM-dd)", "evidence document date (yyyy-MM-dd)")));
        Validators.Add(result =>
        {
            var action = result.GetResult(ActionWord)?.Tokens is [{ Value: var a }] ? a : null;
            if (action is null || !Actions.Contains(action))
            {
                result.AddError("the plan action is import, show or progress");
                return;
            }
            if (result.GetResult(Target) is null)
                result.AddError(action == "import" ? "FILE is required" : "PLAN is required");
            else if (action == "import")
                RequireIn(result, Unit);
            else if (action == "progress" && result.GetResult(Activity) is not null)
                RequireIn(result, Period, Status);
        });
    }

    public Argument<string?> ActionWord { get; }

    public Argument<string?> Target { get; }

    public CliOption<string?> Unit { get; }

    public CliOption<int?> Year { get; }

    public CliOption<bool> DryRun { get; }

    public CliOption<string?> Field { get; }

    public CliOption<string?> Lead { get; }

    public CliOption<bool> Overdue { get; }

    public CliOption<string?> Period { get; }

    public CliOption<string?> Activity { get; }

    public CliOption<ActivityStatus> Status { get; }

    public CliOption<string?> Note { get; }

    public CliOption<string?> Reason { get; }

    public CliOption<string?> Evidence { get; }

    public CliOption<string?> EvidenceDate { get; }

    public override Task<int> RunAsync(CliContext context) => context.Value(ActionWord) switch
    {
        "import" => ImportAsync(context),
        "show" => ShowAsync(context),
        _ => context.Value(Activity) is null ? SummaryAsync(context) : RecordAsync(context),
    };

    /// <summary>"plans/67/2024", "67/2024".</summary>
    public static string PlanName(string target) => target.StartsWith("plans/", StringComparison.Ordinal) ? target : "plans/" + target;

    private static Cchc.V1.Plans.PlansClient Client(CliContext context) => new(context.Session.Invoker);

    private async Task<int> ImportAsync(CliContext context)
    {
        var path = context.Value(Target)!;
        string text;
        try
        {
            text = path == "-" ? await context.Console.In.ReadToEndAsync(context.CancellationToken).ConfigureAwait(false) : await File.ReadAllTextAsync(path, context.CancellationToken).ConfigureAwait(false);
        }
        catch (IOException e)
        {
            throw new Import.SourceFormatException(path, 0, e.Message);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new Import.SourceFormatException(path, 0, e.Message);
        }
        var response = await Client(context).ImportPlanAsync(new ImportPlanRequest
        {
            UnitCode = context.Required(Unit),
            Year = context.Value(Year) ?? 0,
            Text = text,
            ValidateOnly = context.Value(DryRun),
        }, cancellationToken: context.CancellationToken).ResponseAsync.ConfigureAwait(false);
        var plan = response.Plan;
        var outcome = response.Outcome switch
        {
            ImportOutcome.Created => new Bilingual("tạo mới", "created"),
            ImportOutcome.Unchanged => new Bilingual("không đổi, không ghi gì", "unchanged, nothing written"),
            _ => new Bilingual($"phiên bản mới, {response.ProgressCarried} hoạt động giữ tiến độ", $"new version, {response.ProgressCarried} activities kept their progress"),
        };
        var summary = new Bilingual(
            $"{plan.Name} phiên bản {plan.Version} ({outcome.Vi}): {plan.Fields.Count} lĩnh vực, {plan.TaskCount} nhiệm vụ, {plan.ActivityCount} hoạt động; {plan.Unparsed.Count} dòng không đọc được, {plan.Notes.Count} ghi nhận, {plan.Unresolved.Count} tên giữ nguyên văn.",
            $"{plan.Name} version {plan.Version} ({outcome.En}): {plan.Fields.Count} fields, {plan.TaskCount} tasks, {plan.ActivityCount} activities; {plan.Unparsed.Count} lines unparsed, {plan.Notes.Count} notes, {plan.Unresolved.Count} names kept as text.");
        context.Console.Error.WriteLine(summary.In(context.Messages));
        if (context.Value(DryRun))
            context.Console.Error.WriteLine(context.Messages["dry_run"]);
        var rows = plan.Unparsed.Select(u => (IReadOnlyList<string>)["unparsed", CliValues.N(u.Line), u.Text, u.Message])
            .Concat(plan.Notes.Select(n => (IReadOnlyList<string>)["note", CliValues.N(n.Line), "", n.Message]))
            .Concat(plan.Unresolved.Select(p => (IReadOnlyList<string>)[p.Kind == ResponsibleParty.Types.Kind.Group ? "group" : "unresolved", "", p.Text, ""]))
            .ToList();
        context.Printer.Print(new DataTable(plan.Name, ["kind", "line", "text", "message"], rows));
        return ExitCodes.Ok;
    }

    private async Task<int> ShowAsync(CliContext context)
    {
        var name = PlanName(context.Value(Target)!);
        var request = new ListActivitiesRequest
        {
            Plan = name,
            PeriodId = context.Value(Period) ?? "",
            Field = context.Value(Field) ?? "",
            LeadUnitCode = context.Value(Lead) ?? "",
            OverdueOnly = context.Value(Overdue),
            PageSize = 1000,
        };
        var rows = new List<IReadOnlyList<string>>();
        do
        {
            var page = await Client(context).ListActivitiesAsync(request, cancellationToken: context.CancellationToken).ResponseAsync.ConfigureAwait(false);
            rows.AddRange(page.Activities.Select(a => (IReadOnlyList<string>)
            [
                a.Activity.Key, a.Activity.Field, a.Activity.TaskNumber, a.Activity.Number, a.Activity.Title, a.Activity.Requirement, a.Activity.Product,
                string.Join("; ", a.Activity.Leads.Select(Party)), string.Join("; ", a.Activity.Cooperating.Select(Party)),
                a.Activity.Start.Text, a.Activity.End.Text, a.Progress is null ? "" : StatusWord(a.Progress.Status), a.Progress?.PeriodId ?? "",
                a.Overdue ? "overdue" : "", a.Progress?.Note ?? "", a.Progress?.Reason ?? "", a.Progress?.EvidenceNumber ?? "", a.Progress?.EvidenceDate ?? "",
            ]));
            request.PageToken = page.NextPageToken;
        }
        while (request.PageToken.Length > 0);
        context.Printer.Print(new DataTable(name, ["key", "field", "task", "number", "title", "requirement", "product", "leads", "cooperating", "start", "end", "status", "status_period", "overdue", "note", "reason", "evidence", "evidence_date"], rows));
        return ExitCodes.Ok;
    }

    private async Task<int> SummaryAsync(CliContext context)
    {
        var name = PlanName(context.Value(Target)!);
        var progress = await Client(context).GetPlanProgressAsync(new GetPlanProgressRequest { Plan = name, PeriodId = context.Value(Period) ?? "" },
            cancellationToken: context.CancellationToken).ResponseAsync.ConfigureAwait(false);
        IReadOnlyList<string> Row(string group, ProgressTally t) =>
            [group, t.Key, t.Title, CliValues.N(t.Activities), CliValues.N(t.Done), CliValues.N(t.DoneLate), CliValues.N(t.InProgress), CliValues.N(t.NotStarted), CliValues.N(t.NotDone), CliValues.N(t.Unreported), CliValues.N(t.Overdue), ""];
        var rows = progress.ByField.Select(t => Row("field", t)).Concat(progress.ByLeadUnit.Select(t => Row("lead", t)))
            .Concat(progress.DerivedValues.Select(v => (IReadOnlyList<string>)["derived", v.IndicatorId, v.Note, "", "", "", "", "", "", "", "", v.RawText]))
            // Tasks whose every activity is done: the other reading of I.2.1/I.2.2, for offices that count Nhiệm vụ.
            .Append(["tasks", "", new Bilingual("Nhiệm vụ (done: mọi hoạt động đã hoàn thành)", "Tasks (done: every activity done)").In(context.Messages),
                CliValues.N(progress.Tasks), CliValues.N(progress.TasksCompleted), "", "", "", "", "", "", ""])
            .ToList();
        context.Printer.Print(new DataTable($"{progress.Plan} · {progress.PeriodId}", ["group", "key", "title", "activities", "done", "done_late", "in_progress", "not_started", "not_done", "unreported", "overdue", "value"], rows));
        return ExitCodes.Ok;
    }

    private async Task<int> RecordAsync(CliContext context)
    {
        var name = PlanName(context.Value(Target)!);
        var recorded = await Client(context).RecordProgressAsync(new RecordProgressRequest
        {
            Plan = name,
            ActivityKey = context.Value(Activity)!,
            PeriodId = context.Required(Period),
            Status = context.Value(Status),
            Note = context.Value(Note) ?? "",
            Reason = context.Value(Reason) ?? "",
            EvidenceNumber = context.Value(Evidence) ?? "",
            EvidenceDate = context.Value(EvidenceDate) ?? "",
        }, cancellationToken: context.CancellationToken).ResponseAsync.ConfigureAwait(false);
        context.Printer.Print(new DataTable(name, ["activity", "period", "status", "note", "reason", "evidence", "evidence_date", "recorded_by", "recorded_at"],
            [[recorded.ActivityKey, recorded.PeriodId, StatusWord(recorded.Status), recorded.Note, recorded.Reason, recorded.EvidenceNumber, recorded.EvidenceDate, recorded.RecordedBy, recorded.RecordedAt]]));
        return ExitCodes.Ok;
    }

    /// <summary>"Không thực hiện", "not done", "hoàn_thành" → "khong-thuc-hien", "not-done", "hoan-thanh": the status as a person types it.</summary>
    private static string StatusWordOf(string typed) =>
        string.Join('-', Accents.Fold(typed).Split([' ', '_', '-'], StringSplitOptions.RemoveEmptyEntries));

    private static string Party(ResponsibleParty p) => p.UnitCode.Length > 0 ? $"{p.Text} ({p.UnitCode})" : p.Text;

    public static string StatusWord(ActivityStatus status) => status switch
    {
        ActivityStatus.NotStarted => "not-started",
        ActivityStatus.InProgress => "in-progress",
        ActivityStatus.Done => "done",
        ActivityStatus.DoneLate => "done-late",
        ActivityStatus.NotDone => "not-done",
        _ => "",
    };
}
