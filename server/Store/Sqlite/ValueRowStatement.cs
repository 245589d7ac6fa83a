using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace CchcGrpc.Server.Store.Sqlite;

/// <summary>
/// The one statement an import runs per value, held as a raw SQLite statement bound by position.
/// Through ADO.NET each run bound nine parameters by name, converted them by type and wrapped the
/// step in a data reader; that overhead was a sixth of the import's write thread. The SQL is as
/// hand-written and parameterised as everywhere else; only the binding is closer to SQLite.
/// </summary>
internal sealed class ValueRowStatement : IDisposable
{
    private readonly sqlite3 _database;
    private readonly sqlite3_stmt _statement;

    /// <param name="sql">An INSERT into report_values with nine ? placeholders, in <see cref="Run"/>'s order.</param>
    public ValueRowStatement(SqliteConnection connection, string sql)
    {
        _database = connection.Handle!;
        Check(raw.sqlite3_prepare_v2(_database, sql, out _statement));
    }

    public void Run(long reportId, long indicatorKey, long state, string? number, double? num, string? text, string rawText, string? note, bool derived)
    {
        try
        {
            Check(raw.sqlite3_bind_int64(_statement, 1, reportId));
            Check(raw.sqlite3_bind_int64(_statement, 2, indicatorKey));
            Check(raw.sqlite3_bind_int64(_statement, 3, state));
            Check(number is null ? raw.sqlite3_bind_null(_statement, 4) : raw.sqlite3_bind_text(_statement, 4, number));
            Check(num is { } n ? raw.sqlite3_bind_double(_statement, 5, n) : raw.sqlite3_bind_null(_statement, 5));
            Check(text is null ? raw.sqlite3_bind_null(_statement, 6) : raw.sqlite3_bind_text(_statement, 6, text));
            Check(raw.sqlite3_bind_text(_statement, 7, rawText));
            Check(note is null ? raw.sqlite3_bind_null(_statement, 8) : raw.sqlite3_bind_text(_statement, 8, note));
            Check(raw.sqlite3_bind_int64(_statement, 9, derived ? 1 : 0));
            var done = raw.sqlite3_step(_statement);
            if (done != raw.SQLITE_DONE)
            {
                Check(done);
            }
        }
        finally
        {
            raw.sqlite3_reset(_statement);
        }
    }

    public void Dispose() => _statement.Dispose();

    private void Check(int result)
    {
        if (result != raw.SQLITE_OK && result != raw.SQLITE_DONE)
        {
            throw new SqliteException(raw.sqlite3_errmsg(_database).utf8_to_string(), result);
        }
    }
}
