using CchcGrpc.Server.Domain.Reports;
using Dapper;
using Microsoft.Data.Sqlite;

namespace CchcGrpc.Server.Store.Sqlite;

public sealed class SqliteReportStore(Database database) : IReportStore
{
    private const string From = "FROM reports r JOIN units u ON u.id = r.unit_id";
    private readonly IndicatorKeys _keys = new();

    public async Task<StoredReport?> GetAsync(ReportKey key, bool withValues, CancellationToken cancellationToken)
    {
        await using var connection = await database.ConnectAsync(cancellationToken);
        var row = await FindAsync(connection, null, key, cancellationToken);
        return row is null ? null : await LoadAsync(connection, row, withValues, cancellationToken);
    }

    public async Task<SaveResult> SaveAsync(ReportChange change, CancellationToken cancellationToken)
    {
        await using var connection = await database.ConnectAsync(cancellationToken);
        using var transaction = connection.BeginTransaction(deferred: false);
        var row = await FindAsync(connection, transaction, change.Key, cancellationToken);
        if (row is null)
        {
            if (change.BaseRevision != 0)
            {
                throw new StoreException(StoreFailure.NotFound, $"Report {change.Key} does not exist.");
            }
            row = await CreateAsync(connection, transaction, change, cancellationToken);
        }
        else if (row.Revision != change.BaseRevision)
        {
            throw new StoreException(StoreFailure.RevisionConflict,
                $"Report {change.Key} is at revision {row.Revision}; the change was based on revision {change.BaseRevision}.")
            {
                CurrentRevision = row.Revision,
            };
        }

        var writer = new ReportValueWriter(connection, transaction, _keys, row.Id, row.Revision + 1, change);
        var (inserted, updated, unchanged) = writer.WriteValues();
        var narrativeChanged = writer.WriteNarrative();
        if (inserted + updated > 0 || narrativeChanged || row.Revision == 0)
        {
            connection.Execute(
                "UPDATE reports SET revision = revision + 1, updated_at = @At WHERE id = @Id",
                new { At = ReportRow.Format(change.At), row.Id }, transaction);
            transaction.Commit();
        }
        else
        {
            // Nothing differs: the revision stays, so a repeated import is visibly a no-op.
            transaction.Rollback();
        }
        var saved = (await GetAsync(change.Key, withValues: true, cancellationToken))!;
        return new SaveResult(saved, inserted, updated, unchanged);
    }

    public async Task<StoredReport> ChangeStatusAsync(StatusChangeCommand command, CancellationToken cancellationToken)
    {
        await using var connection = await database.ConnectAsync(cancellationToken);
        using var transaction = connection.BeginTransaction(deferred: false);
        var row = await FindAsync(connection, transaction, command.Key, cancellationToken)
            ?? throw new StoreException(StoreFailure.NotFound, $"Report {command.Key} does not exist.");
        if (row.Revision != command.BaseRevision || (ReportStatus)row.Status != command.From)
        {
            throw new StoreException(StoreFailure.RevisionConflict,
                $"Report {command.Key} is at revision {row.Revision} ({(ReportStatus)row.Status}); the change was based on revision {command.BaseRevision}.")
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
        transaction.Commit();
        return (await GetAsync(command.Key, withValues: false, cancellationToken))!;
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
            reports.Add(await LoadAsync(connection, row, query.WithValues, cancellationToken));
        }
        return (reports, (int)total);
    }

    public async Task<IReadOnlyList<ReportEventRecord>> GetHistoryAsync(ReportKey key, long beforeId, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.ConnectAsync(cancellationToken);
        var report = await FindAsync(connection, null, key, cancellationToken)
            ?? throw new StoreException(StoreFailure.NotFound, $"Report {key} does not exist.");
        var rows = await connection.QueryAsync<EventRow>(new CommandDefinition(
            """
            SELECT e.id AS Id, e.at AS At, e.user_name AS UserName, e.via AS Via, e.revision AS Revision, i.key AS IndicatorId,
                   e.old_raw_text AS OldRawText, e.new_raw_text AS NewRawText, e.old_note AS OldNote, e.new_note AS NewNote,
                   e.from_status AS FromStatus, e.to_status AS ToStatus, e.comment AS Comment
            FROM report_events e LEFT JOIN indicators i ON i.id = e.indicator_id
            WHERE e.report_id = @Id AND (@BeforeId = 0 OR e.id < @BeforeId)
            ORDER BY e.id DESC LIMIT @Limit
            """,
            new { report.Id, BeforeId = beforeId, Limit = limit }, cancellationToken: cancellationToken));
        return rows.Select(r => r.ToRecord()).ToList();
    }

    private static async Task<ReportRow?> FindAsync(SqliteConnection connection, SqliteTransaction? transaction, ReportKey key, CancellationToken cancellationToken) =>
        await connection.QueryFirstOrDefaultAsync<ReportRow>(new CommandDefinition(
            $"SELECT {ReportRow.Columns} {From} WHERE u.code = @UnitCode AND r.period_id = @PeriodId ORDER BY r.catalog_version DESC LIMIT 1",
            new { key.UnitCode, key.PeriodId }, transaction, cancellationToken: cancellationToken));

    private static async Task<ReportRow> CreateAsync(SqliteConnection connection, SqliteTransaction transaction, ReportChange change, CancellationToken cancellationToken)
    {
        var unitId = await connection.ExecuteScalarAsync<long?>(new CommandDefinition(
            "SELECT id FROM units WHERE code = @UnitCode", new { change.Key.UnitCode }, transaction, cancellationToken: cancellationToken))
            ?? throw new StoreException(StoreFailure.UnknownReference, $"Unit '{change.Key.UnitCode}' does not exist.");
        var catalogKnown = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT COUNT(*) FROM catalog_versions WHERE version = @CatalogVersion", new { change.CatalogVersion }, transaction, cancellationToken: cancellationToken));
        if (catalogKnown == 0)
        {
            throw new StoreException(StoreFailure.UnknownReference, $"Catalog version '{change.CatalogVersion}' is not loaded.");
        }
        var at = ReportRow.Format(change.At);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO reports (unit_id, period_id, catalog_version, status, revision, created_at, updated_at)
            VALUES (@UnitId, @PeriodId, @CatalogVersion, 1, 0, @At, @At)
            """,
            new { UnitId = unitId, change.Key.PeriodId, change.CatalogVersion, At = at }, transaction, cancellationToken: cancellationToken));
        return (await FindAsync(connection, transaction, change.Key, cancellationToken))!;
    }

    private static async Task<StoredReport> LoadAsync(SqliteConnection connection, ReportRow row, bool withValues, CancellationToken cancellationToken)
    {
        if (!withValues)
        {
            return row.ToStored([], []);
        }
        var values = await connection.QueryAsync<ValueRow>(new CommandDefinition(
            ValueRow.Select + " WHERE v.report_id = @Id ORDER BY i.key", new { row.Id }, cancellationToken: cancellationToken));
        var narrative = await connection.QueryAsync<(string Key, string Heading, string Body)>(new CommandDefinition(
            "SELECT key, heading, body FROM report_narrative WHERE report_id = @Id ORDER BY key", new { row.Id }, cancellationToken: cancellationToken));
        return row.ToStored(
            values.Select(v => v.ToValue()).ToList(),
            narrative.Select(n => new NarrativeSection(n.Key, n.Heading, n.Body)).ToList());
    }
}
