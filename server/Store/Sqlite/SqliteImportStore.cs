namespace CchcGrpc.Server.Store.Sqlite;

public sealed class SqliteImportStore(Database database) : IImportStore
{
    private readonly IndicatorKeys _keys = new();

    public IImportSession OpenSession() => new SqliteImportSession(database.ConnectForBulkWrites(), _keys);
}
