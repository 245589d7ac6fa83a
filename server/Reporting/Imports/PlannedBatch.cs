using Cchc.V1;
using CchcGrpc.Server.Store;

namespace CchcGrpc.Server.Reporting.Imports;

/// <summary>
/// A batch worked out against one state of its report: the refusal, or the change to write with the
/// rows and findings to report. Planned ahead of the write from a snapshot, it is checked against
/// the report as the writing transaction sees it (<see cref="BaseRevision"/>) before it is used.
/// </summary>
/// <param name="Result">The batch's answer; its counts and outcome are final unless the write fails.</param>
/// <param name="Final">True for a refusal that no state of the report can change (bad unit, no right, bad variant).</param>
/// <param name="BaseRevision">The report's revision the plan was made from; null when the report did not exist.</param>
/// <param name="Mappings">How each row was mapped, when the batch asked (list_mappings).</param>
/// <param name="Change">The write, or null when nothing is to be written (refused, dry run, unchanged).</param>
public sealed record PlannedBatch(
    ImportBatch Batch,
    int Index,
    BatchResult Result,
    bool Final,
    long? BaseRevision,
    ReportChange? Change,
    IReadOnlyList<RowResult> Rows,
    PlannedFindings? Findings,
    IReadOnlyList<RowMapping> Mappings);
