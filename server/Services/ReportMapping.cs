using CchcGrpc.Server.Domain.Reports;
using CchcGrpc.Server.Store;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;

namespace CchcGrpc.Server.Services;

/// <summary>Stored reports as cchc.v1.Report, trimmed to a read mask.</summary>
public static class ReportMapping
{
    public static Cchc.V1.Report ToProto(StoredReport report, FieldMask? mask = null)
    {
        var proto = new Cchc.V1.Report
        {
            Name = report.Key.Name,
            UnitCode = report.Key.UnitCode,
            PeriodId = report.Key.PeriodId,
            CatalogVersion = report.CatalogVersion,
            Status = (Cchc.V1.ReportStatus)(int)report.Status,
            Revision = report.Revision,
            ReviewComment = report.ReviewComment ?? "",
            CreatedAt = ProtoMapping.Instant(report.CreatedAt),
            UpdatedAt = ProtoMapping.Instant(report.UpdatedAt),
            SubmittedAt = report.SubmittedAt is { } s ? ProtoMapping.Instant(s) : "",
            SubmittedLate = report.SubmittedLate,
        };
        proto.Values.AddRange(report.Values.Select(ToProto));
        proto.Narrative.AddRange(report.Narrative.Select(n => new Cchc.V1.NarrativeSection { Key = n.Key, Heading = n.Heading, Body = n.Body }));
        return mask is null || mask.Paths.Count == 0 ? proto : Trim(proto, mask);
    }

    public static Cchc.V1.IndicatorValue ToProto(ReportValue value) => new()
    {
        IndicatorId = value.IndicatorId,
        State = (Cchc.V1.ValueState)(int)value.State,
        Number = ProtoMapping.Number(value.Number),
        Text = value.Text ?? "",
        RawText = value.RawText,
        Note = value.Note ?? "",
        Derived = value.Derived,
    };

    /// <summary>Fails with INVALID_ARGUMENT naming the first path Report does not have.</summary>
    public static void CheckMask(FieldMask? mask, string field)
    {
        foreach (var path in mask?.Paths ?? [])
        {
            if (Cchc.V1.Report.Descriptor.FindFieldByName(path) is null)
            {
                throw Errors.Invalid(field, new($"Báo cáo không có trường '{path}'.", $"Report has no field '{path}'."));
            }
        }
    }

    /// <summary>Whether the mask asks for values or narrative, which cost a second query to load.</summary>
    public static bool NeedsContent(FieldMask? mask) =>
        mask is null || mask.Paths.Count == 0 || mask.Paths.Contains("values") || mask.Paths.Contains("narrative");

    private static Cchc.V1.Report Trim(Cchc.V1.Report full, FieldMask mask)
    {
        var trimmed = new Cchc.V1.Report();
        foreach (var path in mask.Paths)
        {
            var field = Cchc.V1.Report.Descriptor.FindFieldByName(path)!;
            var value = field.Accessor.GetValue(full);
            if (field.IsRepeated)
            {
                var target = (System.Collections.IList)field.Accessor.GetValue(trimmed);
                foreach (var item in (System.Collections.IEnumerable)value)
                {
                    target.Add(item);
                }
            }
            else
            {
                field.Accessor.SetValue(trimmed, value);
            }
        }
        return trimmed;
    }
}
