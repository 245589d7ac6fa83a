using CchcGrpc.Server.Domain.Indices;

namespace CchcGrpc.Server.Store;

/// <summary>Index results per unit and year, and criterion improvement plans.</summary>
public interface IIndexStore
{
    /// <summary>Stores each result in one transaction, replacing one of the same kind, unit and year; <see cref="StoreFailure.UnknownReference"/> for an unknown unit (nothing written).</summary>
    Task<IReadOnlyList<ImportOutcome>> SaveResultsAsync(IReadOnlyList<IndexResult> results, string importedBy, DateTimeOffset at, DateTime deadline, CancellationToken cancellationToken);

    Task<StoredIndexResult?> GetResultAsync(IndexKind kind, string unitCode, int year, CancellationToken cancellationToken);

    Task<(IReadOnlyList<StoredIndexResult> Results, int Total)> ListResultsAsync(IndexQuery query, bool withComponents, CancellationToken cancellationToken);

    Task<ImportOutcome> SaveCriterionPlanAsync(CriterionPlan plan, string importedBy, DateTimeOffset at, DateTime deadline, CancellationToken cancellationToken);

    Task<(CriterionPlan Plan, string UnitPath)?> GetCriterionPlanAsync(IndexKind kind, string unitCode, int year, CancellationToken cancellationToken);
}
