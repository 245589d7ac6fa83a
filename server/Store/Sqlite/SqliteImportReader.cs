using CchcGrpc.Server.Domain.Reports;
using Microsoft.Data.Sqlite;

namespace CchcGrpc.Server.Store.Sqlite;

/// <summary>Outside any transaction, so each read sees the latest commit (WAL: it never waits for the writer).</summary>
internal sealed class SqliteImportReader(SqliteConnection connection) : IImportReader
{
    public StoredReport? Find(ReportKey key) =>
        ReportRows.Find(connection, null, key) is { } row ? ReportRows.Load(connection, null, row, withValues: true) : null;

    public void Dispose() => connection.Dispose();
}
