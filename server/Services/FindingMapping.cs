using CchcGrpc.Server.Domain.Catalog;
using CchcGrpc.Server.Domain.Reports;
using CchcGrpc.Server.Domain.Units;
using CchcGrpc.Server.Reporting;
using DomainFinding = CchcGrpc.Server.Domain.Validation.Finding;

namespace CchcGrpc.Server.Services;

public static class FindingMapping
{
    public static Cchc.V1.Finding ToProto(DomainFinding finding, IndicatorCatalog catalog, UnitLevel level, IReadOnlyDictionary<string, ReportValue> values)
    {
        var variant = ReportContent.VariantFor(level);
        var proto = new Cchc.V1.Finding
        {
            RuleId = finding.CheckId,
            Severity = CatalogMapping.ToProto(finding.Severity),
            Message = finding.Message,
            Expected = ProtoMapping.Number(finding.Computed),
            Actual = finding.Entered is { } e ? ProtoMapping.Number(e) : finding.Raw ?? "",
            Acknowledged = finding.Severity == Domain.Validation.Severity.Warning && ReportContent.IsAcknowledged(finding, values),
        };
        proto.IndicatorIds.AddRange(finding.IndicatorIds);
        proto.IndicatorCodes.AddRange(finding.IndicatorIds.Select(id =>
            catalog.TryGet(id, out var indicator) ? indicator.FormCodeIn(variant)?.PrintedCode ?? indicator.Code : id));
        return proto;
    }
}
