using Cchc.V1;
using CchcGrpc.Server.Store;
using Outcome = Cchc.V1.BatchResult.Types.Outcome;
using Principal = CchcGrpc.Server.Domain.Access.Principal;

namespace CchcGrpc.Server.Reporting.Imports;

/// <summary>
/// Writes planned batches through the call's import session, in order. A batch already applied under
/// its idempotency key is replayed; a plan made from a report that has changed since (an earlier
/// batch of the same call, another user) is made again from the report as the writing transaction
/// sees it, so planning ahead never writes anything stale.
/// </summary>
public sealed class ImportBatchApplier(IImportSession session, ImportBatchPlanner planner)
{
    public async Task ApplyAsync(PlannedBatch plan, Principal who, ImportResultBuilder result, CancellationToken cancellationToken)
    {
        var batch = plan.Batch;
        if (plan.Final)
        {
            result.AddBatch(plan.Result, batch.DryRun);
            return;
        }
        if (!batch.DryRun && batch.IdempotencyKey.Length > 0 && session.FindBatch(batch.IdempotencyKey) is { } recorded)
        {
            result.AddBatch(Replayed(recorded), batch.DryRun);
            return;
        }
        if (session.RevisionOf(new Domain.Reports.ReportKey(batch.UnitCode, batch.PeriodId)) != plan.BaseRevision)
        {
            plan = await planner.PlanAsync(batch, plan.Index, who, key => Task.FromResult(session.Find(key)), cancellationToken);
        }
        if (plan.Change is { } change)
        {
            // The revision was just checked in this transaction, so the store's own check cannot refuse it.
            plan.Result.Revision = session.Apply(change);
        }
        foreach (var row in plan.Rows) result.AddRow(row);
        foreach (var mapping in plan.Mappings) result.AddMapping(mapping);
        if (plan.Findings is { } findings) result.AddFindings(findings);
        result.AddBatch(plan.Result, batch.DryRun);
    }

    private static BatchResult Replayed(byte[] recorded)
    {
        var replayed = BatchResult.Parser.ParseFrom(recorded);
        replayed.Outcome = Outcome.Replayed;
        replayed.Message = "Already applied under this idempotency key; nothing was applied again.";
        return replayed;
    }
}
