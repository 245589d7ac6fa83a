using CchcGrpc.Server.Domain.Reports;

namespace CchcGrpc.Server.Store;

/// <summary>
/// A write of values and text to one report, based on <paramref name="BaseRevision"/> (0 creates
/// the report with <paramref name="CatalogVersion"/>). Values not listed keep what they had.
/// </summary>
/// <param name="Actor">The user name recorded in the audit trail.</param>
/// <param name="Via">The RPC or tool that made the change.</param>
public sealed record ReportChange(
    ReportKey Key,
    string CatalogVersion,
    long BaseRevision,
    IReadOnlyList<ReportValue> Values,
    IReadOnlyList<NarrativeSection> Narrative,
    string Actor,
    string Via,
    DateTimeOffset At);
