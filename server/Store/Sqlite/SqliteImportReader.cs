using CchcGrpc.Server.Domain.Reports;
using Microsoft.Data.Sqlite;

namespace CchcGrpc.Server.Store.Sqlite;

/// <summary>
/// Outside any transaction, so each read sees the latest commit (WAL: it never waits for the writer).
/// Whether the report exists is asked through one prepared statement: an import mostly creates
/// reports, and preparing the full query for every batch cost more than running it.
/// </summary>
internal sealed class SqliteImportReader : IImportReader
{
    private readonly SqliteConnection _connection;
    private readonly PreparedStatement _exists;

    public SqliteImportReader(SqliteConnection connection)
    {
        _connection = connection;
        _exists = new PreparedStatement(connection, null,
            $"SELECT 1 {ReportRows.From} WHERE u.code = $unit AND r.period_id = $period LIMIT 1", "$unit", "$period");
    }

    public StoredReport? Find(ReportKey key) =>
        _exists.Scalar(key.UnitCode, key.PeriodId) is null ? null
        : ReportRows.Find(_connection, null, key) is { } row ? ReportRows.Load(_connection, null, row, withValues: true) : null;

    public void Dispose()
    {
        _exists.Dispose();
        _connection.Dispose();
    }
}
