using CchcGrpc.Client.Connection;
using CchcGrpc.Client.Tui.Data;
using CchcGrpc.Tests.EndToEnd;

namespace CchcGrpc.Tests.Tui.Offline;

/// <summary>
/// The terminal client keeps the catalog it was sent on disk, beside the stored login, so that a
/// restarted client does not download it again and still has it when the server cannot be reached.
/// </summary>
public sealed class CatalogOnDiskTests(ReportingServer server) : IClassFixture<ReportingServer>
{
    [Fact]
    public async Task The_catalog_a_screen_was_sent_is_on_disk_and_is_used_when_the_server_cannot_be_reached()
    {
        using var folder = new OfflineFolder();
        var tokens = new TokenStore(folder.Path);
        string version;
        using (var online = new TuiData(server.App.Address.ToString(), server.TokenOf("op.gianghia"), english: false, tokens))
        {
            var catalog = await online.CatalogAsync("", CancellationToken.None);
            version = catalog.Version;
            Assert.True(catalog.Indicators.Count > 100);
            Assert.True(File.Exists(Path.Combine(online.Catalogs.Folder, version + ".pb")));
        }

        using var offline = new TuiData(DeadServer.Address, server.TokenOf("op.gianghia"), english: false, tokens);
        var cached = await offline.CatalogAsync("", CancellationToken.None);

        Assert.Equal(version, cached.Version);
        Assert.Contains(cached.Indicators, i => i.Id == "III.3.1" && i.Formula == "3.1.2 / 3.1.1 * 100");
        Assert.NotEqual(Client.Tui.Offline.ConnectionState.Connected, offline.Link.Current);
    }
}
