using Microsoft.Data.Sqlite;

namespace CchcGrpc.Server.Store.Sqlite;

/// <summary>
/// One hand-written statement prepared once and run many times with positional values, for
/// writes of thousands of rows in one transaction (imports, bulk loads).
/// </summary>
public sealed class PreparedStatement : IDisposable
{
    private readonly SqliteCommand _command;

    /// <param name="names">The statement's parameter names, in the order <see cref="Run"/> takes values.</param>
    public PreparedStatement(SqliteConnection connection, SqliteTransaction? transaction, string sql, params string[] names)
    {
        _command = connection.CreateCommand();
        _command.Transaction = transaction;
        _command.CommandText = sql;
        foreach (var name in names)
        {
            _command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }
        _command.Prepare();
    }

    /// <summary>The transaction the next runs belong to: a statement outlives the transactions of a long import.</summary>
    public SqliteTransaction? Transaction
    {
        get => _command.Transaction;
        set => _command.Transaction = value;
    }

    /// <summary>Runs the statement with these values (null is SQL NULL); returns the rows changed.</summary>
    public int Run(params object?[] values)
    {
        Bind(values);
        return _command.ExecuteNonQuery();
    }

    /// <summary>Runs the statement and returns the first column of its first row (e.g. RETURNING id).</summary>
    public object? Scalar(params object?[] values)
    {
        Bind(values);
        return _command.ExecuteScalar();
    }

    /// <summary>Runs the statement and maps its first row, or returns null when it gives none.</summary>
    public T? Row<T>(Func<SqliteDataReader, T> map, params object?[] values)
        where T : struct
    {
        Bind(values);
        using var reader = _command.ExecuteReader();
        return reader.Read() ? map(reader) : null;
    }

    /// <summary>As <see cref="Row{T}"/>, for a row mapped to an object.</summary>
    public T? Item<T>(Func<SqliteDataReader, T> map, params object?[] values)
        where T : class
    {
        Bind(values);
        using var reader = _command.ExecuteReader();
        return reader.Read() ? map(reader) : null;
    }

    public void Dispose() => _command.Dispose();

    private void Bind(object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            _command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }
    }
}
