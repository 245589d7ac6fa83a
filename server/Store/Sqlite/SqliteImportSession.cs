using CchcGrpc.Server.Domain.Reports;
using Microsoft.Data.Sqlite;

namespace CchcGrpc.Server.Store.Sqlite;

internal sealed class SqliteImportSession : IImportSession
{
    private readonly SqliteConnection _connection;
    private readonly ReportWriter _writer;
    private readonly DateTime _deadline;
    private SqliteTransaction? _transaction;
    private (ReportKey Key, (long Id, long Revision)? Found)? _checked;

    public SqliteImportSession(SqliteConnection connection, IndicatorKeys keys, DateTime deadline)
    {
        _connection = connection;
        _deadline = deadline;
        _writer = new ReportWriter(connection, keys);
    }

    public int PendingBatches { get; private set; }

    public int PendingValues { get; private set; }

    // BEGIN IMMEDIATE: reads and writes of a group see one state, and no other writer slips between them.
    // The lock wait is worked out again for each group: a long import has less of its deadline left.
    private SqliteTransaction Transaction => _transaction ??= Database.BeginWrite(_connection, _deadline);

    public byte[]? FindBatch(string idempotencyKey) => _writer.FindBatch(Transaction, idempotencyKey);

    public StoredReport? Find(ReportKey key)
    {
        var row = ReportRows.Find(_connection, Transaction, key);
        return row is null ? null : ReportRows.Load(_connection, Transaction, row, withValues: true);
    }

    public long? RevisionOf(ReportKey key)
    {
        var found = _writer.Find(Transaction, key);
        _checked = (key, found);
        return found?.Revision;
    }

    public long Apply(ReportChange change)
    {
        var transaction = Transaction;
        // The applier checks a report's revision just before applying to it: that lookup serves the write too.
        var found = _checked is { } c && c.Key == change.Key ? c.Found : _writer.Find(transaction, change.Key);
        _checked = null;
        try
        {
            var written = _writer.Write(transaction, change, found);
            PendingBatches++;
            PendingValues += written.Inserted + written.Updated;
            return written.Revision;
        }
        catch (StoreException ex) when (ex.Failure is StoreFailure.RevisionConflict or StoreFailure.NotFound or StoreFailure.UnknownReference)
        {
            // Refused before the first write (ReportWriter checks first): the group is untouched.
            throw;
        }
        catch
        {
            // Failed part-way (disk full, I/O): the whole open group goes, so no report is left half-written.
            _transaction = null;
            PendingBatches = 0;
            PendingValues = 0;
            transaction.Dispose();
            throw;
        }
    }

    public void Commit()
    {
        if (_transaction is null)
        {
            return;
        }
        _transaction.Commit();
        _transaction.Dispose();
        _transaction = null;
        _checked = null;
        PendingBatches = 0;
        PendingValues = 0;
    }

    public void Dispose()
    {
        // Disposing an uncommitted transaction rolls it back: a failed call leaves its last group out.
        _transaction?.Dispose();
        _writer.Dispose();
        _connection.Dispose();
    }
}
