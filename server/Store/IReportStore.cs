using CchcGrpc.Server.Domain.Reports;

namespace CchcGrpc.Server.Store;

/// <summary>Reports, their values, text and audit trail. Every write is one transaction.</summary>
public interface IReportStore
{
    Task<StoredReport?> GetAsync(ReportKey key, bool withValues, CancellationToken cancellationToken);

    /// <summary>
    /// Applies a change atomically: all its values or none. <see cref="StoreFailure.RevisionConflict"/>
    /// when the report moved past BaseRevision (nothing is written); each changed value is audited.
    /// Returns the report as stored after the write. Another writer's lock is waited for until shortly
    /// before <paramref name="deadline"/> (see Database.BeginWrite), then SQLITE_BUSY.
    /// </summary>
    /// <param name="deadline">When the caller stops waiting (UTC; DateTime.MaxValue: never).</param>
    Task<SaveResult> SaveAsync(ReportChange change, DateTime deadline, CancellationToken cancellationToken);

    /// <summary>Moves the report to another status, atomically with its audit entry; the lock is waited for as in <see cref="SaveAsync"/>.</summary>
    Task<StoredReport> ChangeStatusAsync(StatusChangeCommand command, DateTime deadline, CancellationToken cancellationToken);

    Task<(IReadOnlyList<StoredReport> Reports, int Total)> ListAsync(ReportQuery query, CancellationToken cancellationToken);

    /// <summary>Audit entries newest first, after <paramref name="after"/> (null = from the newest).</summary>
    Task<IReadOnlyList<ReportEventRecord>> GetHistoryAsync(ReportKey key, HistoryPosition? after, int limit, CancellationToken cancellationToken);
}
