using System.Text;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace CchcGrpc.Server.Store.Sqlite;

/// <summary>
/// The statement an import runs for its values, held as raw SQLite statements bound by position.
/// Through ADO.NET each row bound nine parameters by name, converted them by type and wrapped the
/// step in a data reader; that was a sixth of the import's write thread. Rows are taken in groups of
/// <see cref="RowsPerStep"/> into one multi-row INSERT, so SQLite starts a statement and opens its
/// cursors once per group rather than once per value; the rest go through the one-row form at
/// <see cref="Flush"/>. The SQL is as hand-written and parameterised as everywhere else.
/// </summary>
internal sealed class ValueRowStatement : IDisposable
{
    public const int RowsPerStep = 32;
    private const string Placeholders = "(?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private const int Columns = 9;

    private readonly sqlite3 _database;
    private readonly string _insert;
    private readonly string _conflict;
    private readonly Prepared _one;
    private readonly ValueRowValues[] _pending = new ValueRowValues[RowsPerStep];
    private Prepared? _many;
    private int _count;
    private byte[] _utf8 = new byte[256];

    /// <param name="insert">"INSERT INTO report_values (nine columns in <see cref="ValueRowValues"/>' order) VALUES".</param>
    /// <param name="conflict">What follows the VALUES list (an ON CONFLICT clause), or "".</param>
    public ValueRowStatement(SqliteConnection connection, string insert, string conflict = "")
    {
        _database = connection.Handle!;
        (_insert, _conflict) = (insert, conflict);
        _one = Prepare(1);
    }

    /// <summary>Queues a row; a full group is written at once. Call <see cref="Flush"/> before anything reads the rows.</summary>
    public void Add(in ValueRowValues row)
    {
        _pending[_count++] = row;
        if (_count < RowsPerStep)
        {
            return;
        }
        _many ??= Prepare(RowsPerStep);
        Run(_many, _pending.AsSpan());
        Clear();
    }

    /// <summary>Writes the queued rows one by one.</summary>
    public void Flush()
    {
        for (var i = 0; i < _count; i++)
        {
            Run(_one, _pending.AsSpan(i, 1));
        }
        Clear();
    }

    /// <summary>Drops queued rows unwritten (their transaction is being rolled back).</summary>
    public void Clear()
    {
        Array.Clear(_pending, 0, _count);
        _count = 0;
    }

    public void Dispose()
    {
        _one.Statement.Dispose();
        _many?.Statement.Dispose();
    }

    private Prepared Prepare(int rows)
    {
        var sql = $"{_insert} {string.Join(", ", Enumerable.Repeat(Placeholders, rows))} {_conflict}";
        Check(raw.sqlite3_prepare_v2(_database, sql, out var statement));
        return new Prepared(statement, rows * Columns);
    }

    private void Run(Prepared statement, ReadOnlySpan<ValueRowValues> rows)
    {
        try
        {
            for (var i = 0; i < rows.Length; i++)
            {
                ref readonly var row = ref rows[i];
                var at = i * Columns;
                Check(statement.Integer(at + 1, row.ReportId));
                Check(statement.Integer(at + 2, row.IndicatorKey));
                Check(statement.Integer(at + 3, row.State));
                BindText(statement, at + 4, row.Number);
                Check(row.Num is { } n ? statement.Real(at + 5, n) : statement.Null(at + 5));
                BindText(statement, at + 6, row.Text);
                BindText(statement, at + 7, row.RawText);
                BindText(statement, at + 8, row.Note);
                Check(statement.Integer(at + 9, row.Derived ? 1 : 0));
            }
            var done = raw.sqlite3_step(statement.Statement);
            if (done != raw.SQLITE_DONE)
            {
                Check(done);
            }
        }
        finally
        {
            raw.sqlite3_reset(statement.Statement);
        }
    }

    // Encoded into one reused buffer (SQLite copies it): the string overload allocated an array per value.
    private void BindText(Prepared statement, int index, string? value)
    {
        if (value is null)
        {
            Check(statement.Null(index));
            return;
        }
        if (value.Length == 0)
        {
            Check(statement.Empty(index));
            return;
        }
        var most = Encoding.UTF8.GetMaxByteCount(value.Length);
        if (most > _utf8.Length)
        {
            _utf8 = new byte[Math.Max(most, _utf8.Length * 2)];
        }
        var length = Encoding.UTF8.GetBytes(value, _utf8);
        Check(statement.Text(index, _utf8.AsSpan(0, length)));
    }

    private void Check(int result)
    {
        if (result != raw.SQLITE_OK && result != raw.SQLITE_DONE)
        {
            throw new SqliteException(raw.sqlite3_errmsg(_database).utf8_to_string(), result);
        }
    }

    /// <summary>
    /// A prepared statement that remembers what each parameter holds. SQLite keeps bindings across
    /// resets, so a parameter already holding the same integer or NULL (the report id, the state,
    /// the usual empty note) is not bound again: that saved about half of the calls into SQLite.
    /// </summary>
    private sealed class Prepared(sqlite3_stmt statement, int parameters)
    {
        private const byte Unknown = 0, IsInteger = 1, IsNull = 2;
        private readonly byte[] _kinds = new byte[parameters + 1];
        private readonly long[] _integers = new long[parameters + 1];

        public sqlite3_stmt Statement { get; } = statement;

        public int Integer(int index, long value)
        {
            if (_kinds[index] == IsInteger && _integers[index] == value)
            {
                return raw.SQLITE_OK;
            }
            _kinds[index] = Unknown;
            var result = raw.sqlite3_bind_int64(Statement, index, value);
            if (result == raw.SQLITE_OK)
            {
                (_kinds[index], _integers[index]) = (IsInteger, value);
            }
            return result;
        }

        public int Null(int index)
        {
            if (_kinds[index] == IsNull)
            {
                return raw.SQLITE_OK;
            }
            _kinds[index] = Unknown;
            var result = raw.sqlite3_bind_null(Statement, index);
            if (result == raw.SQLITE_OK)
            {
                _kinds[index] = IsNull;
            }
            return result;
        }

        public int Real(int index, double value)
        {
            _kinds[index] = Unknown;
            return raw.sqlite3_bind_double(Statement, index, value);
        }

        // The string overload: an empty span may reach SQLite as a null pointer, which it stores as NULL.
        public int Empty(int index)
        {
            _kinds[index] = Unknown;
            return raw.sqlite3_bind_text(Statement, index, "");
        }

        public int Text(int index, ReadOnlySpan<byte> utf8)
        {
            _kinds[index] = Unknown;
            return raw.sqlite3_bind_text(Statement, index, utf8);
        }
    }
}
