using Cchc.V1;
using CchcGrpc.Server.Auth;
using CchcGrpc.Server.Reporting;
using CchcGrpc.Server.Reporting.Imports;
using CchcGrpc.Server.Store;
using CchcGrpc.Server.Wire;

namespace CchcGrpc.Server.Services;

/// <summary>
/// cchc.v1.Imports: batches are applied as they arrive, each atomically (a savepoint), grouped into
/// transactions that commit before the server waits for more data, after 20,000 values or 250 ms,
/// and at the end, so memory stays bounded, the database is never locked while the link is idle,
/// and a broken connection leaves every report either fully imported or untouched. A batch with bad
/// data (unknown unit, malformed period, a report already submitted, no right to edit it) is
/// refused in the answer and the call goes on; a malformed request (over 5,000 rows, oversized
/// fields) ends the call with INVALID_ARGUMENT naming the fields. Batches before it stay applied;
/// sending the import again replays them by idempotency key.
/// </summary>
public sealed class ImportsService(IImportStore imports, IUnitStore units, CatalogSet catalogs, Authenticator authenticator, TimeProvider time)
{
    private const int GroupValues = 20_000;
    private static readonly TimeSpan GroupAge = TimeSpan.FromMilliseconds(250);

    public static ServiceDescriptor Descriptor => ImportsReflection.Descriptor.Services[0];

    public async Task<ImportResult> ImportValues(IAsyncEnumerable<ImportBatch> requests, ServerCallContext context)
    {
        var who = await authenticator.RequireAsync(context);
        using var session = imports.OpenSession();
        var applier = new ImportBatchApplier(session, units, catalogs, time);
        var result = new ImportResultBuilder();
        var index = 0;
        var groupStarted = time.GetTimestamp();
        await using var batches = requests.GetAsyncEnumerator(context.CancellationToken);
        while (true)
        {
            var next = batches.MoveNextAsync();
            if (!next.IsCompleted || session.PendingValues >= GroupValues || time.GetElapsedTime(groupStarted) >= GroupAge)
            {
                // Never hold the write lock while waiting on a slow link (a no-op when nothing is open).
                session.Commit();
                groupStarted = time.GetTimestamp();
            }
            if (!await next)
            {
                break;
            }
            var batch = batches.Current;
            var problems = ImportLimits.Check(batch, index);
            if (problems.Count > 0)
            {
                session.Commit();
                throw Errors.Invalid(
                    $"Batch {index} is malformed; it and the batches after it were not applied ({result.Summary.Batches} before it were).", [.. problems]);
            }
            if (session.PendingBatches == 0)
            {
                groupStarted = time.GetTimestamp();
            }
            await applier.ApplyAsync(batch, index, who, result, context.CancellationToken);
            index++;
        }
        session.Commit();
        return result.Build();
    }
}
