using CchcGrpc.Server.Domain.Reports;
using Dapper;
using Microsoft.Data.Sqlite;

namespace CchcGrpc.Server.Store.Sqlite;

public sealed class SqliteReportStore(Database database) : IReportStore
{
    private const string From = ReportRows.From;
    private readonly IndicatorKeys _keys = new();

    public async Task<StoredReport?> GetAsync(ReportKey key, bool withValues, CancellationToken cancellationToken)
    {
        await using var connection = await database.ConnectAsync(cancellationToken);
        var row = ReportRows.Find(connection, null, key);
        return row is null ? null : ReportRows.Load(connection, null, row, withValues);
    }

    public async Task<SaveResult> SaveAsync(ReportChange change, DateTime deadline, CancellationToken cancellationToken)
    {
        await using var connection = await database.ConnectAsync(cancellationToken);
        _keys.EnsureWarm(connection);
        using var writer = new ReportWriter(connection, _keys);
        using (var transaction = Database.BeginWrite(connection, deadline))
        {
            var written = writer.Write(transaction, change);
            // Read back inside the transaction: after the commit another writer may already have moved
            // the report on, and its revision must not be acknowledged to this caller as well.
            var saved = ReportRows.Load(connection, transaction, ReportRows.Find(connection, transaction, change.Key)!, withValues: true);
            if (written.Changed || change.Ledger is not null)
            {
                transaction.Commit();
            }
            else
            {
                // Nothing differs: the revision stays, so a repeated write is visibly a no-op.
                transaction.Rollback();
            }
            return new SaveResult(saved, written.Inserted, written.Updated, written.Unchanged);
        }
    }

    public async Task<StoredReport> ChangeStatusAsync(StatusChangeCommand command, DateTime deadline, CancellationToken cancellationToken)
    {
        await using var connection = await database.ConnectAsync(cancellationToken);
        using var transaction = Database.BeginWrite(connection, deadline);
        var row = ReportRows.Find(connection, transaction, command.Key)
            ?? throw new StoreException(StoreFailure.NotFound, new($"Báo cáo {command.Key} không tồn tại.", $"Report {command.Key} does not exist."));
        if (row.Revision != command.BaseRevision || (ReportStatus)row.Status != command.From)
        {
            throw new StoreException(StoreFailure.RevisionConflict,
                new($"Báo cáo {command.Key} đang ở phiên bản {row.Revision} ({(ReportStatus)row.Status}); thay đổi dựa trên phiên bản {command.BaseRevision}: hãy tải lại rồi làm lại.",
                    $"Report {command.Key} is at revision {row.Revision} ({(ReportStatus)row.Status}); the change was based on revision {command.BaseRevision}."))
            {
                CurrentRevision = row.Revision,
            };
        }
        var submitting = command.To is ReportStatus.Submitted or ReportStatus.Resubmitted;
        connection.Execute(
            """
            UPDATE reports SET status = @To, revision = revision + 1, updated_at = @At,
                review_comment = CASE WHEN @To = 4 THEN @Comment WHEN @To = 3 THEN review_comment ELSE NULL END,
                submitted_at = CASE WHEN @Submitting THEN COALESCE(submitted_at, @At) ELSE submitted_at END,
                submitted_late = CASE WHEN @Submitting AND submitted_at IS NULL THEN @Late ELSE submitted_late END
            WHERE id = @Id
            """,
            new { To = (long)command.To, At = ReportRow.Format(command.At), command.Comment, Submitting = submitting, Late = command.SubmittedLate, row.Id },
            transaction);
        connection.Execute(
            """
            INSERT INTO report_events (report_id, at, user_name, via, revision, from_status, to_status, comment)
            VALUES (@Id, @At, @Actor, @Via, @Revision, @From, @To, @Comment)
            """,
            new { row.Id, At = ReportRow.Format(command.At), command.Actor, command.Via, Revision = row.Revision + 1, From = (long)command.From, To = (long)command.To, command.Comment },
            transaction);
        // Read back before the commit (see SaveAsync): the answer carries this change's revision, never a later writer's.
        var changed = ReportRows.Load(connection, transaction, ReportRows.Find(connection, transaction, command.Key)!, withValues: false);
        transaction.Commit();
        return changed;
    }

    public async Task<(IReadOnlyList<StoredReport> Reports, int Total)> ListAsync(ReportQuery query, CancellationToken cancellationToken)
    {
        await using var connection = await database.ConnectAsync(cancellationToken);
        string unitFilter;
        object range;
        if (query.IncludeSubtree)
        {
            var (from, to) = await SubtreeRange.OfAsync(connection, query.UnitCode, cancellationToken);
            unitFilter = "u.path >= @From AND u.path < @To";
            range = new { From = from, To = to };
        }
        else
        {
            unitFilter = "u.code = @UnitCode";
            range = new { From = "", To = "" };
        }
        var filter = unitFilter
            + (query.PeriodId is null ? "" : " AND r.period_id = @PeriodId")
            + (query.Statuses.Count == 0 ? "" : " AND r.status IN @Statuses");
        var parameters = new DynamicParameters(range);
        parameters.AddDynamicParams(new { query.UnitCode, query.PeriodId, Statuses = query.Statuses.Select(s => (long)s).ToArray(), query.AfterId, query.Limit });
        var total = await connection.ExecuteScalarAsync<long>(new CommandDefinition($"SELECT COUNT(*) {From} WHERE {filter}", parameters, cancellationToken: cancellationToken));
        var rows = (await connection.QueryAsync<ReportRow>(new CommandDefinition(
            $"SELECT {ReportRow.Columns} {From} WHERE {filter} AND r.id > @AfterId ORDER BY r.id LIMIT @Limit", parameters, cancellationToken: cancellationToken))).ToList();
        var reports = new List<StoredReport>(rows.Count);
        foreach (var row in rows)
        {
            reports.Add(ReportRows.Load(connection, null, row, query.WithValues));
        }
        return (reports, (int)total);
    }

    public async Task<IReadOnlyList<ReportEventRecord>> GetHistoryAsync(ReportKey key, HistoryPosition? after, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.ConnectAsync(cancellationToken);
        var report = ReportRows.Find(connection, null, key)
            ?? throw new StoreException(StoreFailure.NotFound, new($"Báo cáo {key} không tồn tại.", $"Report {key} does not exist."));
        // Every row gives at least one entry, so `limit` rows past the cursor give a full page.
        var rows = await connection.QueryAsync<EventRow>(new CommandDefinition(
            """
            SELECT e.id AS Id, e.at AS At, e.user_name AS UserName, e.via AS Via, e.revision AS Revision, i.key AS IndicatorId,
                   e.old_raw_text AS OldRawText, e.new_raw_text AS NewRawText, e.old_note AS OldNote, e.new_note AS NewNote,
                   e.from_status AS FromStatus, e.to_status AS ToStatus, e.comment AS Comment, e.changes AS Changes
            FROM report_events e LEFT JOIN indicators i ON i.id = e.indicator_id
            WHERE e.report_id = @Id AND (@AfterId = 0 OR e.id <= @AfterId)
            ORDER BY e.id DESC LIMIT @Limit
            """,
            new { report.Id, AfterId = after?.EventId ?? 0, Limit = limit }, cancellationToken: cancellationToken));
        return rows
            .SelectMany(r => r.ToRecords(id => _keys.KeyOf(connection, id)))
            .Where(e => after is not { } cursor || e.Position.EventId < cursor.EventId || e.Position.Item > cursor.Item)
            .Take(limit)
            .ToList();
    }
}
