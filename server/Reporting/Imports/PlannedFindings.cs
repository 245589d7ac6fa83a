using ReportFindings = Cchc.V1.ReportFindings;
using CchcGrpc.Server.Domain.Catalog;
using CchcGrpc.Server.Domain.Reports;
using UnitLevel = CchcGrpc.Server.Domain.Units.UnitLevel;
using DomainFinding = CchcGrpc.Server.Domain.Validation.Finding;

namespace CchcGrpc.Server.Reporting.Imports;

/// <summary>
/// What validation found in one planned report (each indicator named by its code and line in the
/// source), put into its cchc.v1 form only if the answer lists
/// it: the answer lists at most <see cref="ImportLimits.MaxReportedRows"/> findings, and a large
/// import has far more, so mapping them all up front was work thrown away.
/// </summary>
public sealed class PlannedFindings(
    string reportName,
    IReadOnlyList<DomainFinding> findings,
    IndicatorCatalog catalog,
    UnitLevel level,
    IReadOnlyDictionary<string, ReportValue> values,
    IReadOnlyDictionary<string, string> sourceCodes,
    IReadOnlyDictionary<string, int> sourceLines)
{
    public int Count => findings.Count;

    public ReportFindings ToProto()
    {
        var proto = new ReportFindings { ReportName = reportName };
        foreach (var finding in findings)
        {
            var mapped = Services.FindingMapping.ToProto(finding, catalog, level, values);
            // Name the indicators as the source numbered them, where it did, and the lines they are on.
            for (var i = 0; i < mapped.IndicatorIds.Count; i++)
            {
                if (sourceCodes.TryGetValue(mapped.IndicatorIds[i], out var code)) mapped.IndicatorCodes[i] = code;
                mapped.SourceLines.Add(sourceLines.GetValueOrDefault(mapped.IndicatorIds[i]));
            }
            proto.Findings.Add(mapped);
        }
        return proto;
    }
}
