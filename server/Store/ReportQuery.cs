using CchcGrpc.Server.Domain.Reports;

namespace CchcGrpc.Server.Store;

/// <summary>Reports of a unit or its subtree, by period and status, ordered by unit code then period, after a cursor.</summary>
public sealed record ReportQuery(
    string UnitCode,
    bool IncludeSubtree,
    string? PeriodId,
    IReadOnlyCollection<ReportStatus> Statuses,
    bool WithValues,
    long AfterId,
    int Limit);
