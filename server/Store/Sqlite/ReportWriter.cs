using CchcGrpc.Server.Domain.Reports;
using Dapper;
using Microsoft.Data.Sqlite;

namespace CchcGrpc.Server.Store.Sqlite;

/// <summary>
/// Writes report changes on one connection inside the caller's transaction: creates the report when
/// new, checks the base revision, upserts the values that differ, audits them as one event row,
/// bumps the revision and records an import batch's key. The value statement is prepared once per
/// writer, because an import session writes thousands of reports through the same one.
/// </summary>
internal sealed class ReportWriter(SqliteConnection connection, IndicatorKeys keys) : IDisposable
{
    private const string InsertValues =
        "INSERT INTO report_values (report_id, indicator_id, state, number, num, text, raw_text, note, derived) VALUES";

    private readonly ValueRowStatement _upsert = new(connection, InsertValues, """
        ON CONFLICT (report_id, indicator_id) DO UPDATE SET
            state = excluded.state, number = excluded.number, num = excluded.num, text = excluded.text,
            raw_text = excluded.raw_text, note = excluded.note, derived = excluded.derived
        """);

    // A report created by this write has no values to conflict with.
    private readonly ValueRowStatement _insert = new(connection, InsertValues);

    private readonly PreparedStatement _findReport = new(connection, null,
        $"SELECT r.id, r.revision {ReportRows.From} {ReportRows.ByKey}", "$unit", "$period");

    private readonly PreparedStatement _findUnit = new(connection, null, "SELECT id FROM units WHERE code = $unit", "$unit");

    private readonly PreparedStatement _createReport = new(connection, null, """
        INSERT INTO reports (unit_id, period_id, catalog_version, status, revision, created_at, updated_at)
        VALUES ($unit, $period, $catalog, 1, 1, $at, $at) RETURNING id
        """, "$unit", "$period", "$catalog", "$at");

    private readonly PreparedStatement _audit = new(connection, null, """
        INSERT INTO report_events (report_id, at, user_name, via, revision, changes) VALUES ($report, $at, $user, $via, $revision, $changes)
        """, "$report", "$at", "$user", "$via", "$revision", "$changes");

    private readonly PreparedStatement _bumpRevision = new(connection, null,
        "UPDATE reports SET revision = $revision, updated_at = $at WHERE id = $report", "$revision", "$at", "$report");

    private readonly PreparedStatement _findBatch = new(connection, null,
        "SELECT result FROM import_batches WHERE idempotency_key = $key", "$key");

    private readonly PreparedStatement _recordBatch = new(connection, null,
        "INSERT INTO import_batches (idempotency_key, applied_at, result) VALUES ($key, $at, $result)", "$key", "$at", "$result");

    private readonly HashSet<string> _catalogs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _units = new(StringComparer.Ordinal);

    /// <summary>The stored result of the import batch applied under the key, or null.</summary>
    public byte[]? FindBatch(SqliteTransaction? transaction, string idempotencyKey)
    {
        _findBatch.Transaction = transaction;
        return _findBatch.Scalar(idempotencyKey) as byte[];
    }

    /// <summary>The report's row id and revision, or null when it does not exist.</summary>
    public (long Id, long Revision)? Find(SqliteTransaction? transaction, ReportKey key)
    {
        _findReport.Transaction = transaction;
        return _findReport.Row(r => (r.GetInt64(0), r.GetInt64(1)), key.UnitCode, key.PeriodId);
    }

    public WrittenChange Write(SqliteTransaction transaction, ReportChange change) => Write(transaction, change, Find(transaction, change.Key));

    /// <param name="found">What <see cref="Find"/> gave for the change's report in this transaction, with nothing written since.</param>
    public WrittenChange Write(SqliteTransaction transaction, ReportChange change, (long Id, long Revision)? found)
    {
        var created = false;
        long reportId, current;
        if (found is { } row)
        {
            (reportId, current) = row;
            if (current != change.BaseRevision)
            {
                throw new StoreException(StoreFailure.RevisionConflict,
                    new($"Báo cáo {change.Key} đang ở phiên bản {current}; thay đổi dựa trên phiên bản {change.BaseRevision}: hãy tải lại rồi sửa tiếp.",
                        $"Report {change.Key} is at revision {current}; the change was based on revision {change.BaseRevision}."))
                {
                    CurrentRevision = current,
                };
            }
        }
        else
        {
            if (change.BaseRevision != 0)
            {
                throw new StoreException(StoreFailure.NotFound, new($"Báo cáo {change.Key} không tồn tại.", $"Report {change.Key} does not exist."));
            }
            (reportId, current) = (Create(transaction, change), 0);
            created = true;
        }

        // Every check is above this line: a refused change has written nothing (IImportSession relies on it).
        var at = ReportRow.Format(change.At);
        var revision = current + 1;
        var (inserted, updated, unchanged) = WriteValues(transaction, reportId, revision, created, at, change);
        var narrativeChanged = WriteNarrative(transaction, reportId, change.Narrative);
        var changed = inserted + updated > 0 || narrativeChanged || current == 0;
        // A report created here was inserted at its first revision already.
        if (changed && !created)
        {
            _bumpRevision.Transaction = transaction;
            _bumpRevision.Run(revision, at, reportId);
        }
        var final = changed ? revision : current;
        if (change.Ledger is { } ledger)
        {
            RecordBatch(transaction, ledger, final, at);
        }
        return new WrittenChange(reportId, final, inserted, updated, unchanged, changed);
    }

    public void Dispose()
    {
        _upsert.Dispose();
        _insert.Dispose();
        foreach (var statement in new[] { _findReport, _findUnit, _createReport, _audit, _bumpRevision, _findBatch, _recordBatch })
        {
            statement.Dispose();
        }
    }

    private (int Inserted, int Updated, int Unchanged) WriteValues(SqliteTransaction transaction, long reportId, long revision, bool created, string at, ReportChange change)
    {
        if (change.Values.Count == 0)
        {
            return (0, 0, 0);
        }
        // A report created by this write has nothing stored to compare with.
        var existing = created ? [] : ValueRow.ReadValues(connection, transaction, reportId, "WHERE v.report_id = $report")
            .ToDictionary(v => v.IndicatorId, StringComparer.Ordinal);
        var statement = created ? _insert : _upsert;
        var audit = new List<AuditChange>(change.Values.Count);
        int inserted = 0, updated = 0, unchanged = 0;
        try
        {
            foreach (var value in change.Values)
            {
                var before = existing.GetValueOrDefault(value.IndicatorId);
                if (before is not null && before.SameAs(value))
                {
                    unchanged++;
                    continue;
                }
                var indicatorKey = keys.GetOrAdd(connection, transaction, value.IndicatorId);
                statement.Add(new(reportId, indicatorKey, (long)value.State, ValueRow.FormatNumber(value.Number), (double?)value.Number, value.Text, value.RawText, value.Note, value.Derived));
                audit.Add(new AuditChange(indicatorKey, before?.RawText, value.RawText, before?.Note, value.Note));
                existing[value.IndicatorId] = value;
                if (before is null)
                {
                    inserted++;
                }
                else
                {
                    updated++;
                }
            }
            statement.Flush();
        }
        finally
        {
            // After a failure the caller rolls the transaction back: nothing queued may carry over.
            statement.Clear();
        }
        if (audit.Count > 0)
        {
            _audit.Transaction = transaction;
            _audit.Run(reportId, at, change.Actor, change.Via, revision, AuditChanges.Encode(audit));
        }
        return (inserted, updated, unchanged);
    }

    private bool WriteNarrative(SqliteTransaction transaction, long reportId, IReadOnlyList<NarrativeSection> narrative)
    {
        var changed = false;
        foreach (var section in narrative)
        {
            var before = connection.QuerySingleOrDefault<(string Heading, string Body)?>(
                "SELECT heading, body FROM report_narrative WHERE report_id = @reportId AND key = @Key", new { reportId, section.Key }, transaction);
            if (before is { } b && b.Heading == section.Heading && b.Body == section.Body)
            {
                continue;
            }
            connection.Execute(
                """
                INSERT INTO report_narrative (report_id, key, heading, body) VALUES (@reportId, @Key, @Heading, @Body)
                ON CONFLICT (report_id, key) DO UPDATE SET heading = excluded.heading, body = excluded.body
                """,
                new { reportId, section.Key, section.Heading, section.Body }, transaction);
            changed = true;
        }
        return changed;
    }

    // The key goes in with the values, in one transaction: a crash can never leave one without the other.
    private void RecordBatch(SqliteTransaction transaction, ImportLedgerEntry entry, long revision, string at)
    {
        _recordBatch.Transaction = transaction;
        try
        {
            _recordBatch.Run(entry.IdempotencyKey, at, entry.ResultAt(revision));
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode == 19)
        {
            throw new StoreException(StoreFailure.AlreadyExists, new($"Một lô nhập đã được ghi với khóa '{entry.IdempotencyKey}'.", $"An import batch was already applied under key '{entry.IdempotencyKey}'."));
        }
    }

    private long Create(SqliteTransaction transaction, ReportChange change)
    {
        // Unit rows are never deleted, so an id found once holds for the writer's life (an import call).
        if (!_units.TryGetValue(change.Key.UnitCode, out var unitId))
        {
            _findUnit.Transaction = transaction;
            unitId = _findUnit.Scalar(change.Key.UnitCode) as long?
                ?? throw new StoreException(StoreFailure.UnknownReference, new($"Đơn vị '{change.Key.UnitCode}' không tồn tại.", $"Unit '{change.Key.UnitCode}' does not exist."));
            _units[change.Key.UnitCode] = unitId;
        }
        // A loaded catalog version is never removed, so one look per writer is enough.
        if (!_catalogs.Contains(change.CatalogVersion))
        {
            if (connection.ExecuteScalar<long>("SELECT COUNT(*) FROM catalog_versions WHERE version = @CatalogVersion", new { change.CatalogVersion }, transaction) == 0)
            {
                throw new StoreException(StoreFailure.UnknownReference, new($"Danh mục chỉ tiêu phiên bản '{change.CatalogVersion}' chưa được nạp.", $"Catalog version '{change.CatalogVersion}' is not loaded."));
            }
            _catalogs.Add(change.CatalogVersion);
        }
        _createReport.Transaction = transaction;
        return (long)_createReport.Scalar(unitId, change.Key.PeriodId, change.CatalogVersion, ReportRow.Format(change.At))!;
    }
}
