using System.Text;
using Microsoft.Data.Sqlite;

namespace CchcGrpc.Bench.National;

/// <summary>
/// EXPLAIN QUERY PLAN of the analytics and report SQL as the server's own SQLite build
/// (e_sqlite3, not the system sqlite3) plans it on the national dataset.
/// </summary>
internal static class NationalPlans
{
    private static readonly (string Name, string Sql)[] Queries =
    [
        ("SumAsync (RollUp)", """
            SELECT i.key, SUM(v.num), COUNT(*) FROM reports r JOIN units u ON u.id = r.unit_id
            JOIN report_values v ON v.report_id = r.id JOIN indicators i ON i.id = v.indicator_id
            WHERE r.period_id = $p AND r.status IN ($s1, $s2, $s3) AND u.path > $from AND u.path < $to AND v.state = 1 AND v.num IS NOT NULL
            GROUP BY v.indicator_id
            """),
        ("CountChoicesAsync (RollUp)", """
            SELECT i.key, v.number, COUNT(*) FROM reports r JOIN units u ON u.id = r.unit_id
            JOIN report_values v ON v.report_id = r.id JOIN indicators i ON i.id = v.indicator_id
            WHERE r.period_id = $p AND r.status IN ($s1, $s2, $s3) AND u.path > $from AND u.path < $to AND v.state = 1 AND v.number IS NOT NULL AND i.key IN ($i)
            GROUP BY v.indicator_id, v.number
            """),
        ("GetSubmissionsAsync (RollUp completeness)", """
            SELECT u.code, u.level, u.valid_from, u.valid_to, r.status, r.submitted_at, r.submitted_late
            FROM units u LEFT JOIN reports r ON r.unit_id = u.id AND r.period_id = $p
            WHERE u.path > $from AND u.path < $to ORDER BY u.code
            """),
        ("GetUnitNumbersAsync (Compare)", """
            SELECT u.code, u.name, i.key, v.state, v.number FROM units u JOIN indicators i ON i.key IN ($i)
            LEFT JOIN reports r ON r.unit_id = u.id AND r.period_id = $p AND r.status IN ($s1, $s2, $s3)
            LEFT JOIN report_values v ON v.report_id = r.id AND v.indicator_id = i.id
            WHERE u.path > $from AND u.path < $to AND u.level IN ($l) ORDER BY u.code
            """),
        ("FindAsync (GetReport)", """
            SELECT r.id FROM reports r JOIN units u ON u.id = r.unit_id WHERE u.code = $u AND r.period_id = $p ORDER BY r.catalog_version DESC LIMIT 1
            """),
        ("LoadAsync values (GetReport)", """
            SELECT v.report_id, i.key, v.state, v.number FROM report_values v JOIN indicators i ON i.id = v.indicator_id WHERE v.report_id = $r ORDER BY i.key
            """),
    ];

    public static string Explain(string path, string indicatorId, string period)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        var text = new StringBuilder();
        using (var version = connection.CreateCommand())
        {
            version.CommandText = "SELECT sqlite_version()";
            text.AppendLine($"SQLite {version.ExecuteScalar()} (the server's build)");
        }
        foreach (var (name, sql) in Queries)
        {
            text.AppendLine();
            text.AppendLine(name + ":");
            using var command = connection.CreateCommand();
            command.CommandText = "EXPLAIN QUERY PLAN " + sql;
            foreach (var (key, value) in new (string, object)[] { ("$p", period), ("$s1", 2L), ("$s2", 5L), ("$s3", 3L), ("$from", "/"), ("$to", "0"), ("$i", indicatorId), ("$l", 4L), ("$u", "01.001"), ("$r", 1L) })
            {
                if (sql.Contains(key, StringComparison.Ordinal))
                {
                    command.Parameters.AddWithValue(key, value);
                }
            }
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                text.AppendLine("    " + reader.GetString(3));
            }
        }
        return text.ToString();
    }
}
