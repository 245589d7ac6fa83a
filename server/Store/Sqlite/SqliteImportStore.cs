namespace CchcGrpc.Server.Store.Sqlite;

public sealed class SqliteImportStore(Database database) : IImportStore
{
    private readonly IndicatorKeys _keys = new();

    public IImportSession OpenSession(DateTime deadline)
    {
        var connection = database.ConnectForBulkWrites();
        _keys.EnsureWarm(connection);
        return new SqliteImportSession(connection, _keys, deadline);
    }

    public IImportReader OpenReader() => new SqliteImportReader(database.Connect());
}
