using CchcGrpc.Server.Domain.Reports;
using Dapper;
using Microsoft.Data.Sqlite;

namespace CchcGrpc.Server.Store.Sqlite;

/// <summary>
/// Outside any transaction, so each read sees the latest commit (WAL: it never waits for the writer).
/// The report's row is found through one prepared statement: an import asks once per batch, and
/// preparing the query each time cost more than running it.
/// </summary>
internal sealed class SqliteImportReader : IImportReader
{
    private readonly SqliteConnection _connection;
    private readonly PreparedStatement _find;

    public SqliteImportReader(SqliteConnection connection)
    {
        _connection = connection;
        _find = new PreparedStatement(connection, null, $"SELECT {ReportRow.Columns} {ReportRows.From} {ReportRows.ByKey}", "$unit", "$period");
    }

    public StoredReport? Find(ReportKey key) =>
        _find.Item(reader => reader.GetRowParser<ReportRow>()(reader), key.UnitCode, key.PeriodId) is { } row
            ? ReportRows.Load(_connection, null, row, withValues: true)
            : null;

    public void Dispose()
    {
        _find.Dispose();
        _connection.Dispose();
    }
}
