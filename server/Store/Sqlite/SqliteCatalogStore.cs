using System.Globalization;
using Dapper;

namespace CchcGrpc.Server.Store.Sqlite;

public sealed class SqliteCatalogStore(Database database) : ICatalogStore
{
    public async Task RegisterAsync(string version, string etag, DateOnly effectiveFrom, string content, CancellationToken cancellationToken)
    {
        await using var connection = await database.ConnectAsync(cancellationToken);
        using var transaction = connection.BeginTransaction(deferred: false);
        var stored = await connection.QuerySingleOrDefaultAsync<(string Etag, long Used)?>(new CommandDefinition(
            "SELECT etag, EXISTS (SELECT 1 FROM reports WHERE catalog_version = @version) FROM catalog_versions WHERE version = @version",
            new { version }, transaction, cancellationToken: cancellationToken));
        if (stored is { } s && s.Etag != etag && s.Used != 0)
        {
            throw new StoreException(StoreFailure.AlreadyExists,
                new($"Danh mục chỉ tiêu phiên bản {version} đã được các báo cáo dùng nên không thể thay đổi (etag đã lưu {s.Etag}, etag của tệp {etag}). Hãy đặt phiên bản mới cho tệp đã sửa.",
                    $"Catalog version {version} is used by reports and cannot change (stored etag {s.Etag}, file etag {etag}). Give the changed file a new version."));
        }
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO catalog_versions (version, etag, effective_from, content) VALUES (@version, @etag, @From, @content)
            ON CONFLICT (version) DO UPDATE SET etag = excluded.etag, effective_from = excluded.effective_from, content = excluded.content
            """,
            new { version, etag, From = effectiveFrom.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), content }, transaction, cancellationToken: cancellationToken));
        transaction.Commit();
    }

    public async Task RegisterIndicatorsAsync(IEnumerable<string> indicatorIds, CancellationToken cancellationToken)
    {
        await using var connection = await database.ConnectAsync(cancellationToken);
        using var transaction = connection.BeginTransaction(deferred: false);
        using var insert = new PreparedStatement(connection, transaction, "INSERT INTO indicators (key) VALUES ($key) ON CONFLICT (key) DO NOTHING", "$key");
        foreach (var id in indicatorIds)
        {
            insert.Run(id);
        }
        transaction.Commit();
    }

    public async Task<IReadOnlyList<CatalogVersionRecord>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.ConnectAsync(cancellationToken);
        var rows = await connection.QueryAsync<(string Version, string Etag, string From, long Used)>(new CommandDefinition(
            """
            SELECT c.version, c.etag, c.effective_from, EXISTS (SELECT 1 FROM reports r WHERE r.catalog_version = c.version)
            FROM catalog_versions c ORDER BY c.effective_from DESC, c.version DESC
            """, cancellationToken: cancellationToken));
        return rows.Select(r => new CatalogVersionRecord(r.Version, r.Etag, DateOnly.ParseExact(r.From, "yyyy-MM-dd", CultureInfo.InvariantCulture), r.Used != 0)).ToList();
    }

    public async Task<string?> GetContentAsync(string version, CancellationToken cancellationToken)
    {
        await using var connection = await database.ConnectAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<string?>(new CommandDefinition(
            "SELECT content FROM catalog_versions WHERE version = @version", new { version }, cancellationToken: cancellationToken));
    }
}
