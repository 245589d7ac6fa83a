using CchcGrpc.Server.Domain.Reports;
using Dapper;
using Microsoft.Data.Sqlite;

namespace CchcGrpc.Server.Store.Sqlite;

/// <summary>Reads a report's row and contents on a given connection (and transaction, when inside one).</summary>
internal static class ReportRows
{
    public const string From = "FROM reports r JOIN units u ON u.id = r.unit_id";

    /// <summary>The report of a unit and period ($unit, $period): the newest catalog version's, if several.</summary>
    public const string ByKey = "WHERE u.code = $unit AND r.period_id = $period ORDER BY r.catalog_version DESC LIMIT 1";

    public static ReportRow? Find(SqliteConnection connection, SqliteTransaction? transaction, ReportKey key) =>
        connection.QueryFirstOrDefault<ReportRow>(
            $"SELECT {ReportRow.Columns} {From} {ByKey}", new { unit = key.UnitCode, period = key.PeriodId }, transaction);

    public static StoredReport Load(SqliteConnection connection, SqliteTransaction? transaction, ReportRow row, bool withValues)
    {
        if (!withValues)
        {
            return row.ToStored([], []);
        }
        var values = ValueRow.ReadValues(connection, transaction, row.Id, "WHERE v.report_id = $report ORDER BY i.key");
        var narrative = connection.Query<(string Key, string Heading, string Body)>(
            "SELECT key, heading, body FROM report_narrative WHERE report_id = @Id ORDER BY key", new { row.Id }, transaction);
        return row.ToStored(
            values,
            narrative.Select(n => new NarrativeSection(n.Key, n.Heading, n.Body)).ToList());
    }
}
