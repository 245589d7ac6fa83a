using CchcGrpc.Server.Domain.Numbers;
using CchcGrpc.Server.Domain.Periods;
using CchcGrpc.Server.Domain.Plans;
using CchcGrpc.Server.Domain.Plans.Parsing;
using CchcGrpc.Server.Domain.Text;
using CchcGrpc.Server.Store;
using DomainActivity = CchcGrpc.Server.Domain.Plans.PlanActivity;
using DomainProgress = CchcGrpc.Server.Domain.Plans.ActivityProgress;

namespace CchcGrpc.Server.Services;

/// <summary>Plans, activities and progress as cchc.v1 messages.</summary>
public static class PlanMapping
{
    public static Cchc.V1.Plan ToProto(Plan plan, int version, int latest, IReadOnlyList<ReadingNote> notes, IReadOnlyList<UnparsedLine> unparsed, DateTimeOffset? at, string by, Language language)
    {
        var proto = new Cchc.V1.Plan
        {
            Name = new PlanName(plan.UnitCode, plan.Year).ToString(),
            UnitCode = plan.UnitCode,
            Year = plan.Year,
            Version = version,
            LatestVersion = latest,
            DecisionNumber = plan.Decision.Number,
            DecisionDate = plan.Decision.Date is { } d ? ProtoMapping.Date(d) : "",
            SignerTitle = plan.Decision.SignerTitle,
            Signer = plan.Decision.Signer,
            Theme = plan.Theme,
            TaskCount = plan.Tasks.Count(),
            ActivityCount = plan.Activities.Count(),
            ImportedAt = at is { } a ? ProtoMapping.Instant(a) : "",
            ImportedBy = by,
        };
        proto.Fields.AddRange(plan.Fields.Select(f =>
        {
            var field = new Cchc.V1.PlanField { Roman = f.Roman, Title = f.Title, HeadingInferred = f.HeadingInferred };
            field.Tasks.AddRange(f.Tasks.Select(t =>
            {
                var task = new Cchc.V1.PlanTask { Number = t.Number, Title = t.Title, NumberInferred = t.NumberInferred };
                task.Activities.AddRange(t.Activities.Select(ToProto));
                return task;
            }));
            return field;
        }));
        proto.Notes.AddRange(notes.Select(n => new Cchc.V1.ReadingLine { Line = n.Line, Message = n.Text.In(language) }));
        proto.Unparsed.AddRange(unparsed.Select(u => new Cchc.V1.ReadingLine { Line = u.Line, Text = u.Text, Message = u.Reason.In(language) }));
        proto.Unresolved.AddRange(plan.Activities.SelectMany(x => x.Leads.Concat(x.Cooperating)).Where(p => p.Kind != PartyKind.Unit)
            .DistinctBy(p => p.Text).OrderBy(p => p.Kind).ThenBy(p => p.Text, StringComparer.Ordinal).Select(ToProto));
        return proto;
    }

    public static Cchc.V1.Plan ToProto(StoredPlan stored, Language language) =>
        ToProto(stored.Plan, stored.Version, stored.LatestVersion, stored.Notes, stored.Unparsed, stored.ImportedAt, stored.ImportedBy, language);

    public static Cchc.V1.PlanActivity ToProto(DomainActivity a)
    {
        var proto = new Cchc.V1.PlanActivity
        {
            Key = a.Key,
            Field = a.Field,
            TaskNumber = a.TaskNumber,
            Number = a.Number,
            Title = a.Title,
            Requirement = a.Requirement,
            Product = a.Product,
            Start = new Cchc.V1.PlanTiming { Month = a.Start.Month ?? 0, Text = a.Start.Text },
            End = new Cchc.V1.PlanTiming { Month = a.End.Month ?? 0, Text = a.End.Text },
            Note = a.Note,
            SourceLine = a.SourceLine,
        };
        proto.Leads.AddRange(a.Leads.Select(ToProto));
        proto.Cooperating.AddRange(a.Cooperating.Select(ToProto));
        return proto;
    }

    public static Cchc.V1.ResponsibleParty ToProto(ResponsibleParty p) => new()
    {
        Text = p.Text,
        Kind = (Cchc.V1.ResponsibleParty.Types.Kind)(int)p.Kind,
        UnitCode = p.UnitCode ?? "",
    };

    public static Cchc.V1.ActivityProgress ToProto(DomainProgress p) => new()
    {
        ActivityKey = p.ActivityKey,
        PeriodId = p.PeriodId,
        Status = (Cchc.V1.ActivityStatus)(int)p.Status,
        Note = p.Note,
        Reason = p.Reason,
        EvidenceNumber = p.EvidenceNumber,
        EvidenceDate = p.EvidenceDate is { } d ? ProtoMapping.Date(d) : "",
        RecordedBy = p.RecordedBy,
        RecordedAt = ProtoMapping.Instant(p.RecordedAt),
    };

    public static Cchc.V1.ImportOutcome ToProto(ImportOutcome outcome) => (Cchc.V1.ImportOutcome)(int)outcome;

    /// <summary>The plan's I.2.1 / I.2.2 / I.2 up to <paramref name="period"/> as values a report can take, with a note naming the plan.</summary>
    public static IEnumerable<Cchc.V1.IndicatorValue> DerivedValues(StoredPlan stored, PlanCompletion completion, PeriodId period)
    {
        var name = new PlanName(stored.Plan.UnitCode, stored.Plan.Year);
        foreach (var (id, value) in completion.Values)
        {
            if (value is { } v)
            {
                yield return new Cchc.V1.IndicatorValue
                {
                    IndicatorId = id,
                    State = Cchc.V1.ValueState.Reported,
                    Number = ProtoMapping.Number(v),
                    RawText = id == PlanCompletion.RateId ? VietnameseNumber.Format(v) + "%" : VietnameseNumber.Format(v),
                    Derived = true,
                    Note = $"Từ kế hoạch {name} (phiên bản {stored.Version}), lũy kế đến kỳ {period.Id}"
                        + (stored.Unparsed.Count > 0 ? $"; kế hoạch đã nhập còn {stored.Unparsed.Count} dòng chưa đọc được nên số có thể thiếu" : ""),
                };
            }
        }
    }
}
