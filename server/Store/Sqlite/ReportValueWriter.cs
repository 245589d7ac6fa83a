using CchcGrpc.Server.Domain.Reports;
using Dapper;
using Microsoft.Data.Sqlite;

namespace CchcGrpc.Server.Store.Sqlite;

/// <summary>
/// Writes one change's values inside the caller's transaction: compares each with what is stored,
/// upserts only what differs, and audits each difference. Statements are prepared once per change,
/// because an import may write thousands of values per report.
/// </summary>
internal sealed class ReportValueWriter(SqliteConnection connection, SqliteTransaction transaction, IndicatorKeys keys, long reportId, long revision, ReportChange change)
{
    private readonly string _at = ReportRow.Format(change.At);

    public (int Inserted, int Updated, int Unchanged) WriteValues()
    {
        if (change.Values.Count == 0)
        {
            return (0, 0, 0);
        }
        var existing = connection.Query<ValueRow>(ValueRow.Select + " WHERE v.report_id = @reportId", new { reportId }, transaction)
            .ToDictionary(v => v.IndicatorId, v => v.ToValue(), StringComparer.Ordinal);
        using var upsert = new PreparedStatement(connection, transaction, """
            INSERT INTO report_values (report_id, indicator_id, state, number, num, text, raw_text, note, derived)
            VALUES ($report, $indicator, $state, $number, $num, $text, $raw, $note, $derived)
            ON CONFLICT (report_id, indicator_id) DO UPDATE SET
                state = excluded.state, number = excluded.number, num = excluded.num, text = excluded.text,
                raw_text = excluded.raw_text, note = excluded.note, derived = excluded.derived
            """, "$report", "$indicator", "$state", "$number", "$num", "$text", "$raw", "$note", "$derived");
        using var audit = new PreparedStatement(connection, transaction, """
            INSERT INTO report_events (report_id, at, user_name, via, revision, indicator_id, old_raw_text, new_raw_text, old_note, new_note)
            VALUES ($report, $at, $user, $via, $revision, $indicator, $oldRaw, $newRaw, $oldNote, $newNote)
            """, "$report", "$at", "$user", "$via", "$revision", "$indicator", "$oldRaw", "$newRaw", "$oldNote", "$newNote");
        int inserted = 0, updated = 0, unchanged = 0;
        foreach (var value in change.Values)
        {
            var before = existing.GetValueOrDefault(value.IndicatorId);
            if (before is not null && before.SameAs(value))
            {
                unchanged++;
                continue;
            }
            var indicatorId = keys.GetOrAdd(connection, transaction, value.IndicatorId);
            upsert.Run(reportId, indicatorId, (long)value.State, ValueRow.FormatNumber(value.Number), (double?)value.Number, value.Text, value.RawText, value.Note, value.Derived ? 1L : 0L);
            audit.Run(reportId, _at, change.Actor, change.Via, revision, indicatorId, before?.RawText, value.RawText, before?.Note, value.Note);
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
        return (inserted, updated, unchanged);
    }

    public bool WriteNarrative()
    {
        var changed = false;
        foreach (var section in change.Narrative)
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
}
