using System.Diagnostics;
using System.Text;
using Microsoft.Data.Sqlite;

namespace CchcGrpc.Bench.National;

/// <summary>
/// The Compare query as the server sends it versus a one-character rewrite (`+r.status`, so the
/// planner cannot use reports_period for the per-unit join and takes the unique (unit_id,
/// period_id) index instead), run with the server's SQLite build on the dataset, without ANALYZE.
/// </summary>
internal static class NationalPrototype
{
    private const string Current = """
        SELECT u.code, u.name, i.key, v.state, v.number FROM units u JOIN indicators i ON i.key IN ($i)
        LEFT JOIN reports r ON r.unit_id = u.id AND r.period_id = $p AND r.status IN ($s1, $s2, $s3)
        LEFT JOIN report_values v ON v.report_id = r.id AND v.indicator_id = i.id
        WHERE u.path > $from AND u.path < $to AND u.level IN ($l) ORDER BY u.code
        """;

    private const string Rewritten = """
        SELECT u.code, u.name, i.key, v.state, v.number FROM units u JOIN indicators i ON i.key IN ($i)
        LEFT JOIN reports r ON r.unit_id = u.id AND r.period_id = $p AND +r.status IN ($s1, $s2, $s3)
        LEFT JOIN report_values v ON v.report_id = r.id AND v.indicator_id = i.id
        WHERE u.path > $from AND u.path < $to AND u.level IN ($l) ORDER BY u.code
        """;

    public static string Run(string path, string indicatorId, string period)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        var text = new StringBuilder();
        foreach (var (name, sql) in new[] { ("GetUnitNumbersAsync as is", Current), ("with +r.status", Rewritten) })
        {
            text.AppendLine(name + ":");
            foreach (var line in Query(connection, "EXPLAIN QUERY PLAN " + sql, indicatorId, period, 3))
            {
                text.AppendLine("    " + line);
            }
            var millis = new List<double>();
            var rows = 0;
            var budget = Stopwatch.StartNew();
            while (millis.Count < 5 && (millis.Count == 0 || budget.Elapsed < TimeSpan.FromSeconds(3)))
            {
                var start = Stopwatch.GetTimestamp();
                rows = Query(connection, sql, indicatorId, period, 0).Count;
                millis.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
            text.AppendLine($"    {rows} rows, median {Stats.Median(millis):0.0} ms over {millis.Count} runs");
        }
        return text.ToString();
    }

    private static List<string> Query(SqliteConnection connection, string sql, string indicatorId, string period, int column)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (key, value) in new (string, object)[] { ("$p", period), ("$s1", 2L), ("$s2", 5L), ("$s3", 3L), ("$from", "/"), ("$to", "0"), ("$i", indicatorId), ("$l", 4L) })
        {
            command.Parameters.AddWithValue(key, value);
        }
        var result = new List<string>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            result.Add(reader.IsDBNull(column) ? "" : reader.GetValue(column).ToString() ?? "");
        }
        return result;
    }
}
