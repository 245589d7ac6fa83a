using Cchc.V1;
using CchcGrpc.Server.Auth;
using CchcGrpc.Server.Reporting;
using CchcGrpc.Server.Reporting.Imports;
using CchcGrpc.Server.Store;
using System.Threading.Channels;
using CchcGrpc.Server.Wire;
using Grpc.Core;

namespace CchcGrpc.Server.Services;

/// <summary>
/// cchc.v1.Imports. Two stages run side by side: one reads batches off the wire and plans each
/// (mapping, reading, merging, validating) against the report as last committed; the other writes
/// the plans in order through one import session, checking each against the report as its
/// transaction sees it and planning again when it changed. Each batch is atomic (see IImportSession);
/// batches are grouped into transactions that commit before the writer waits for work, after
/// 20,000 values or 250 ms, and at the end, so the database is never locked while the link is idle
/// and a broken connection leaves every report either fully imported or untouched. A batch with
/// bad data (unknown unit, malformed period, a report already submitted, no right to edit it) is
/// refused in the answer and the call goes on; a malformed request (over 5,000 rows, oversized
/// fields) ends the call with INVALID_ARGUMENT naming the fields. Batches before it stay applied;
/// sending the import again replays them by idempotency key.
/// </summary>
public sealed class ImportsService(IImportStore imports, IUnitStore units, CatalogSet catalogs, TimeProvider time, ImportAnswerSize answerSize) : Imports.ImportsBase
{
    private const int GroupValues = 20_000;
    private const int PlannedAhead = 64;
    private static readonly TimeSpan GroupAge = TimeSpan.FromMilliseconds(250);

    public override async Task<ImportResult> ImportValues(IAsyncStreamReader<ImportBatch> requests, ServerCallContext context)
    {
        var who = Caller.Of(context);
        var planner = new ImportBatchPlanner(units, catalogs, time);
        var plans = Channel.CreateBounded<PlannedBatch>(new BoundedChannelOptions(PlannedAhead) { SingleReader = true, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(context.CancellationToken);
        using var reader = imports.OpenReader();
        var planning = Task.Run(() => PlanAsync(requests.ReadAllAsync(stop.Token), planner, who, reader, plans.Writer, stop.Token), stop.Token);
        try
        {
            var result = await WriteAsync(plans.Reader, planner, who, context.Deadline, context.CancellationToken);
            // A malformed batch ends the call here, after the batches before it were written.
            await planning;
            return result;
        }
        finally
        {
            await stop.CancelAsync();
            await Task.WhenAny(planning);
        }
    }

    private static async Task PlanAsync(IAsyncEnumerable<ImportBatch> requests, ImportBatchPlanner planner, Domain.Access.Principal who, IImportReader reader, ChannelWriter<PlannedBatch> plans, CancellationToken cancellationToken)
    {
        try
        {
            var index = 0;
            await foreach (var batch in requests.WithCancellation(cancellationToken))
            {
                var problems = ImportLimits.Check(batch, index);
                if (problems.Count > 0)
                {
                    throw new ServiceError(StatusCode.InvalidArgument, ErrorReason.ImportBatchMalformed, new(
                        $"Lô {index} sai cấu trúc; lô này và các lô sau không được ghi ({index} lô trước đã ghi).",
                        $"Batch {index} is malformed; it and the batches after it were not applied ({index} before it were)."),
                        [.. problems.Select(p => new FieldProblem(p.Field, p.Description))]);
                }
                // Planned from the last committed state; the writer checks the revision before using it.
                var plan = await planner.PlanAsync(batch, index, who, key => Task.FromResult(reader.Find(key)), cancellationToken);
                await plans.WriteAsync(plan, cancellationToken);
                index++;
            }
        }
        finally
        {
            plans.TryComplete();
        }
    }

    private async Task<ImportResult> WriteAsync(ChannelReader<PlannedBatch> plans, ImportBatchPlanner planner, Domain.Access.Principal who, DateTime deadline, CancellationToken cancellationToken)
    {
        using var session = imports.OpenSession(deadline);
        var applier = new ImportBatchApplier(session, planner);
        var result = new ImportResultBuilder(answerSize.MaxBytes);
        var groupStarted = time.GetTimestamp();
        try
        {
            while (true)
            {
                if (!plans.TryRead(out var plan))
                {
                    // Never hold the write lock while waiting for the next batch (a no-op when nothing is open).
                    session.Commit();
                    if (!await plans.WaitToReadAsync(cancellationToken))
                    {
                        break;
                    }
                    continue;
                }
                if (session.PendingBatches == 0)
                {
                    groupStarted = time.GetTimestamp();
                }
                await applier.ApplyAsync(plan, who, result, cancellationToken);
                if (session.PendingValues >= GroupValues || time.GetElapsedTime(groupStarted) >= GroupAge)
                {
                    session.Commit();
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The link dropped: keep what was applied, so sending the import again replays it.
            session.Commit();
            throw;
        }
        session.Commit();
        return result.Build();
    }
}
