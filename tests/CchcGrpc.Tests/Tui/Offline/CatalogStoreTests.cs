using CchcGrpc.Client.Connection;
using CchcGrpc.Client.Tui.Offline;
using CchcGrpc.Tests.EndToEnd;

namespace CchcGrpc.Tests.Tui.Offline;

/// <summary>The catalog kept on disk by version and etag: downloaded once, then a not_modified answer, and used without the server.</summary>
public sealed class CatalogStoreTests(ReportingServer server) : IClassFixture<ReportingServer>
{
    [Fact]
    public async Task The_first_open_downloads_the_catalog_and_the_next_gets_not_modified_for_its_etag()
    {
        using var folder = new OfflineFolder();
        using var session = new ServerSession(server.App.Address.ToString(), server.TokenOf("op.dakmil"));
        var store = new CatalogStore(folder.Path);

        CachedCatalog first = await store.GetAsync(session.Catalog, "", CancellationToken.None);
        CachedCatalog second = await store.GetAsync(session.Catalog, "", CancellationToken.None);

        Assert.Equal(CatalogSource.Downloaded, first.Source);
        Assert.Contains(first.Catalog.Indicators, i => i.Id == "III.3.1.2");
        Assert.True(File.Exists(Path.Combine(store.Folder, first.Catalog.Version + ".pb")));
        Assert.Equal(CatalogSource.NotModified, second.Source);
        Assert.Equal(first.Catalog, second.Catalog);
    }

    [Fact]
    public async Task Without_the_server_the_copy_on_disk_is_used()
    {
        using var folder = new OfflineFolder();
        var store = new CatalogStore(folder.Path);
        using (var online = new ServerSession(server.App.Address.ToString(), server.TokenOf("op.dakmil")))
        {
            await store.GetAsync(online.Catalog, "", CancellationToken.None);
        }

        using var offline = new ServerSession(DeadServer.Address, server.TokenOf("op.dakmil"));
        CachedCatalog cached = await store.GetAsync(offline.Catalog, "", CancellationToken.None);

        Assert.Equal(CatalogSource.OfflineCopy, cached.Source);
        Assert.Contains(cached.Catalog.Indicators, i => i.Id == "III.3.1.2");
    }

    [Fact]
    public async Task A_damaged_cache_file_is_downloaded_again()
    {
        using var folder = new OfflineFolder();
        using var session = new ServerSession(server.App.Address.ToString(), server.TokenOf("op.dakmil"));
        var store = new CatalogStore(folder.Path);
        CachedCatalog first = await store.GetAsync(session.Catalog, "", CancellationToken.None);
        await File.WriteAllBytesAsync(Path.Combine(store.Folder, first.Catalog.Version + ".pb"), [0xFF, 0xFF, 0xFF]);

        CachedCatalog again = await store.GetAsync(session.Catalog, "", CancellationToken.None);

        Assert.Equal(CatalogSource.Downloaded, again.Source);
        Assert.Equal(first.Catalog.Etag, again.Catalog.Etag);
    }
}
