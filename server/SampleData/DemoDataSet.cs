using CchcGrpc.Server.Domain.Periods;

namespace CchcGrpc.Server.SampleData;

/// <summary>Generated reports and the mistakes planted in them, both ordered by period, then unit code.</summary>
public sealed record DemoDataSet(IReadOnlyList<DemoReport> Reports, IReadOnlyList<DemoProblem> Problems)
{
    public DemoReport? ReportOf(string unitCode, PeriodId period) =>
        Reports.FirstOrDefault(r => r.UnitCode == unitCode && r.Period == period);
}
