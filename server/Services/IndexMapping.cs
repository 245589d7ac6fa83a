using System.Globalization;
using CchcGrpc.Server.Domain.Indices;
using CchcGrpc.Server.Store;
using DomainKind = CchcGrpc.Server.Domain.Indices.IndexKind;

namespace CchcGrpc.Server.Services;

/// <summary>Index results and criterion plans as cchc.v1 messages, and back.</summary>
public static class IndexMapping
{
    public static Cchc.V1.IndexResult ToProto(StoredIndexResult stored)
    {
        var r = stored.Result;
        var proto = new Cchc.V1.IndexResult
        {
            Kind = (Cchc.V1.IndexKind)(int)r.Kind,
            UnitCode = r.UnitCode,
            Year = r.Year,
            Total = ProtoMapping.Number(r.Total),
            Rank = r.Rank ?? 0,
            PeerCount = r.PeerCount ?? 0,
            Source = r.Source,
            Demo = r.Demo,
            ImportedAt = ProtoMapping.Instant(stored.ImportedAt),
            ImportedBy = stored.ImportedBy,
        };
        proto.Components.AddRange(r.Components.Select(c => new Cchc.V1.IndexComponent
        {
            Code = c.Code,
            ParentCode = c.ParentCode ?? "",
            Name = c.Name,
            MaxPoints = ProtoMapping.Number(c.MaxPoints),
            SelfAssessed = ProtoMapping.Number(c.SelfAssessed),
            Appraised = ProtoMapping.Number(c.Appraised),
            Score = ProtoMapping.Number(c.Score),
        }));
        return proto;
    }

    /// <summary>A result from the wire; numbers that are not invariant decimals are listed as field problems.</summary>
    public static IndexResult ToDomain(Cchc.V1.IndexResult proto, string field, List<FieldProblem> problems)
    {
        decimal? Number(string text, string name)
        {
            if (text.Length == 0)
            {
                return null;
            }
            if (decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
            {
                return value;
            }
            problems.Add(new($"{field}.{name}", new($"'{text}' không phải số (dùng dấu chấm thập phân, ví dụ 84.37).", $"'{text}' is not a number (use a decimal point, e.g. 84.37).")));
            return null;
        }
        var components = proto.Components.Select((c, i) => new IndexComponent(c.Code.Trim(), c.ParentCode.Length == 0 ? null : c.ParentCode.Trim(), c.Name.Trim(),
            Number(c.MaxPoints, $"components[{i}].max_points"), Number(c.SelfAssessed, $"components[{i}].self_assessed"),
            Number(c.Appraised, $"components[{i}].appraised"), Number(c.Score, $"components[{i}].score"))).ToList();
        return new IndexResult((DomainKind)(int)proto.Kind, proto.UnitCode.Trim(), proto.Year, Number(proto.Total, "total"),
            proto.Rank == 0 ? null : proto.Rank, proto.PeerCount == 0 ? null : proto.PeerCount, components, proto.Source.Trim(), proto.Demo);
    }

    public static Cchc.V1.CriterionPlan ToProto(CriterionPlan plan)
    {
        var proto = new Cchc.V1.CriterionPlan { Kind = (Cchc.V1.IndexKind)(int)plan.Kind, UnitCode = plan.UnitCode, Year = plan.Year, Title = plan.Title };
        proto.Criteria.AddRange(plan.Criteria.Select(c =>
        {
            var entry = new Cchc.V1.CriterionEntry { Code = c.Code, ParentCode = c.ParentCode ?? "", Name = c.Name, SourceLine = c.SourceLine };
            entry.Tasks.AddRange(c.Tasks.Select(t => new Cchc.V1.CriterionTask { Task = t.Task, Result = t.Result, SourceLine = t.SourceLine }));
            return entry;
        }));
        return proto;
    }

    public static DomainKind Kind(Cchc.V1.IndexKind kind, string field) =>
        kind != Cchc.V1.IndexKind.Unspecified && Enum.IsDefined((DomainKind)(int)kind) ? (DomainKind)(int)kind
            : throw Errors.Invalid(field, new("Hãy chọn chỉ số: PAR INDEX, SIPAS, PAPI, PCI hoặc DTI.", "Choose an index: PAR INDEX, SIPAS, PAPI, PCI or DTI."));
}
