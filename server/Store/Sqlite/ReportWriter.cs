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
    private readonly PreparedStatement _upsert = new(connection, null, """
        INSERT INTO report_values (report_id, indicator_id, state, number, num, text, raw_text, note, derived)
        VALUES ($report, $indicator, $state, $number, $num, $text, $raw, $note, $derived)
        ON CONFLICT (report_id, indicator_id) DO UPDATE SET
            state = excluded.state, number = excluded.number, num = excluded.num, text = excluded.text,
            raw_text = excluded.raw_text, note = excluded.note, derived = excluded.derived
        """, "$report", "$indicator", "$state", "$number", "$num", "$text", "$raw", "$note", "$derived");

    // A report created by this write has no values to conflict with.
    private readonly PreparedStatement _insert = new(connection, null, """
        INSERT INTO report_values (report_id, indicator_id, state, number, num, text, raw_text, note, derived)
        VALUES ($report, $indicator, $state, $number, $num, $text, $raw, $note, $derived)
        """, "$report", "$indicator", "$state", "$number", "$num", "$text", "$raw", "$note", "$derived");

    private readonly HashSet<string> _catalogs = new(StringComparer.Ordinal);

    public WrittenChange Write(SqliteTransaction transaction, ReportChange change)
    {
        var row = ReportRows.Find(connection, transaction, change.Key);
        var created = false;
        if (row is null)
        {
            if (change.BaseRevision != 0)
            {
                throw new StoreException(StoreFailure.NotFound, $"Report {change.Key} does not exist.");
            }
            row = Create(transaction, change);
            created = true;
        }
        else if (row.Revision != change.BaseRevision)
        {
            throw new StoreException(StoreFailure.RevisionConflict,
                $"Report {change.Key} is at revision {row.Revision}; the change was based on revision {change.BaseRevision}.")
            {
                CurrentRevision = row.Revision,
            };
        }

        var revision = row.Revision + 1;
        var (inserted, updated, unchanged) = WriteValues(transaction, row.Id, revision, created, change);
        var narrativeChanged = WriteNarrative(transaction, row.Id, change.Narrative);
        var changed = inserted + updated > 0 || narrativeChanged || row.Revision == 0;
        if (changed)
        {
            connection.Execute("UPDATE reports SET revision = @revision, updated_at = @At WHERE id = @Id",
                new { revision, At = ReportRow.Format(change.At), row.Id }, transaction);
        }
        var final = changed ? revision : row.Revision;
        if (change.Ledger is { } ledger)
        {
            ImportLedgerRows.Record(connection, transaction, ledger, final, ReportRow.Format(change.At));
        }
        return new WrittenChange(row.Id, final, inserted, updated, unchanged, changed);
    }

    public void Dispose()
    {
        _upsert.Dispose();
        _insert.Dispose();
    }

    private (int Inserted, int Updated, int Unchanged) WriteValues(SqliteTransaction transaction, long reportId, long revision, bool created, ReportChange change)
    {
        if (change.Values.Count == 0)
        {
            return (0, 0, 0);
        }
        // A report created by this write has nothing stored to compare with.
        var existing = created ? [] : connection.Query<ValueRow>(ValueRow.Select + " WHERE v.report_id = @reportId", new { reportId }, transaction)
            .ToDictionary(v => v.IndicatorId, v => v.ToValue(), StringComparer.Ordinal);
        var statement = created ? _insert : _upsert;
        statement.Transaction = transaction;
        var audit = new List<AuditChange>(change.Values.Count);
        int inserted = 0, updated = 0, unchanged = 0;
        foreach (var value in change.Values)
        {
            var before = existing.GetValueOrDefault(value.IndicatorId);
            if (before is not null && before.SameAs(value))
            {
                unchanged++;
                continue;
            }
            var indicatorKey = keys.GetOrAdd(connection, transaction, value.IndicatorId);
            statement.Run(reportId, indicatorKey, (long)value.State, ValueRow.FormatNumber(value.Number), (double?)value.Number, value.Text, value.RawText, value.Note, value.Derived ? 1L : 0L);
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
        if (audit.Count > 0)
        {
            connection.Execute(
                "INSERT INTO report_events (report_id, at, user_name, via, revision, changes) VALUES (@reportId, @At, @Actor, @Via, @revision, @Changes)",
                new { reportId, At = ReportRow.Format(change.At), change.Actor, change.Via, revision, Changes = AuditChanges.Encode(audit) }, transaction);
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

    private ReportRow Create(SqliteTransaction transaction, ReportChange change)
    {
        var unit = connection.QueryFirstOrDefault<(long Id, string Path)?>(
            "SELECT id, path FROM units WHERE code = @UnitCode", new { change.Key.UnitCode }, transaction)
            ?? throw new StoreException(StoreFailure.UnknownReference, $"Unit '{change.Key.UnitCode}' does not exist.");
        // A loaded catalog version is never removed, so one look per writer is enough.
        if (!_catalogs.Contains(change.CatalogVersion))
        {
            if (connection.ExecuteScalar<long>("SELECT COUNT(*) FROM catalog_versions WHERE version = @CatalogVersion", new { change.CatalogVersion }, transaction) == 0)
            {
                throw new StoreException(StoreFailure.UnknownReference, $"Catalog version '{change.CatalogVersion}' is not loaded.");
            }
            _catalogs.Add(change.CatalogVersion);
        }
        var at = ReportRow.Format(change.At);
        var id = connection.ExecuteScalar<long>(
            """
            INSERT INTO reports (unit_id, period_id, catalog_version, status, revision, created_at, updated_at)
            VALUES (@UnitId, @PeriodId, @CatalogVersion, 1, 0, @At, @At) RETURNING id
            """,
            new { UnitId = unit.Id, change.Key.PeriodId, change.CatalogVersion, At = at }, transaction);
        return new ReportRow
        {
            Id = id, UnitCode = change.Key.UnitCode, UnitPath = unit.Path, PeriodId = change.Key.PeriodId, CatalogVersion = change.CatalogVersion,
            Status = (long)ReportStatus.Draft, Revision = 0, CreatedAt = at, UpdatedAt = at,
        };
    }
}
