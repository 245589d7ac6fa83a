using System.Globalization;
using CchcGrpc.Server.Domain.Numbers;
using CchcGrpc.Server.Domain.Reports;
using Microsoft.Data.Sqlite;

namespace CchcGrpc.Server.Store.Sqlite;

/// <summary>report_values rows joined to their indicator keys, as the store reads them.</summary>
internal static class ValueRow
{
    public const string Select = """
        SELECT i.key, v.state, v.number, v.text, v.raw_text, v.note, v.derived
        FROM report_values v JOIN indicators i ON i.id = v.indicator_id
        """;

    /// <summary>
    /// A report's values (<see cref="Select"/> plus <paramref name="where"/>, parameter $report), read with typed getters.
    /// Dapper reads every column through the boxing GetValue: for GetReport, the most frequent call, that mapping was
    /// the largest single cost in the server's profile (14% of its CPU under load; bench/README.md), so this one
    /// query is read by hand. The SQL stays in <see cref="Select"/>.
    /// </summary>
    public static List<ReportValue> ReadValues(SqliteConnection connection, SqliteTransaction? transaction, long reportId, string where)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"{Select} {where}";
        command.Parameters.AddWithValue("$report", reportId);
        using var reader = command.ExecuteReader();
        var values = new List<ReportValue>();
        while (reader.Read())
        {
            values.Add(new ReportValue(
                reader.GetString(0),
                (ValueState)reader.GetInt64(1),
                reader.IsDBNull(2) ? null : decimal.Parse(reader.GetString(2), NumberStyles.Number, CultureInfo.InvariantCulture),
                reader.IsDBNull(3) ? null : reader.GetString(3),
                reader.GetString(4),
                reader.IsDBNull(5) ? null : reader.GetString(5),
                reader.GetInt64(6) != 0));
        }
        return values;
    }

    public static string? FormatNumber(decimal? number) => number is { } n ? InvariantNumber.Format(n) : null;
}
