using CchcGrpc.Server.Domain.Reports;

namespace CchcGrpc.Server.Store;

/// <summary>Reports, their values, text and audit trail. Every write is one transaction.</summary>
public interface IReportStore
{
    Task<StoredReport?> GetAsync(ReportKey key, bool withValues, CancellationToken cancellationToken);

    /// <summary>
    /// Applies a change atomically: all its values or none. <see cref="StoreFailure.RevisionConflict"/>
    /// when the report moved past BaseRevision (nothing is written); each changed value is audited.
    /// Returns the report as stored after the write.
    /// </summary>
    Task<SaveResult> SaveAsync(ReportChange change, CancellationToken cancellationToken);

    Task<StoredReport> ChangeStatusAsync(StatusChangeCommand command, CancellationToken cancellationToken);

    Task<(IReadOnlyList<StoredReport> Reports, int Total)> ListAsync(ReportQuery query, CancellationToken cancellationToken);

    /// <summary>Audit entries newest first, after <paramref name="after"/> (null = from the newest).</summary>
    Task<IReadOnlyList<ReportEventRecord>> GetHistoryAsync(ReportKey key, HistoryPosition? after, int limit, CancellationToken cancellationToken);
}
