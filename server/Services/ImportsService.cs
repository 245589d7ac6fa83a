using Cchc.V1;
using CchcGrpc.Server.Auth;
using CchcGrpc.Server.Reporting;
using CchcGrpc.Server.Reporting.Imports;
using CchcGrpc.Server.Store;
using CchcGrpc.Server.Wire;

namespace CchcGrpc.Server.Services;

/// <summary>
/// cchc.v1.Imports: batches are applied as they arrive, each in its own transaction, so memory
/// stays bounded and a broken connection leaves every report either fully imported or untouched.
/// A batch with bad data (unknown unit, malformed period, a report already submitted, no right to
/// edit it) is refused in the answer and the call goes on; a malformed request (over 5,000 rows,
/// oversized fields) ends the call with INVALID_ARGUMENT naming the fields. Batches before it stay
/// applied; sending the import again replays them by idempotency key.
/// </summary>
public sealed class ImportsService(IReportStore reports, IUnitStore units, IImportLedger ledger, CatalogSet catalogs, Authenticator authenticator, TimeProvider time)
{
    public static ServiceDescriptor Descriptor => ImportsReflection.Descriptor.Services[0];

    public async Task<ImportResult> ImportValues(IAsyncEnumerable<ImportBatch> requests, ServerCallContext context)
    {
        var who = await authenticator.RequireAsync(context);
        var applier = new ImportBatchApplier(reports, units, ledger, catalogs, time);
        var result = new ImportResultBuilder();
        var index = 0;
        await foreach (var batch in requests.WithCancellation(context.CancellationToken))
        {
            var problems = ImportLimits.Check(batch, index);
            if (problems.Count > 0)
            {
                throw Errors.Invalid(
                    $"Batch {index} is malformed; it and the batches after it were not applied ({result.Summary.Batches} before it were).", [.. problems]);
            }
            await applier.ApplyAsync(batch, index, who, result, context.CancellationToken);
            index++;
        }
        return result.Build();
    }
}
