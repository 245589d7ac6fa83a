using CchcGrpc.Server.Hosting;
using CchcGrpc.Tests.Store;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;

namespace CchcGrpc.Tests.Hosting;

/// <summary>
/// Where the database's size quota comes from: --max-db-mb for the whole run, else
/// Storage:MaxDatabaseMiB, applied again on every configuration reload (a malformed new value keeps
/// the quota there was; a malformed one at start stops the server).
/// </summary>
public sealed class StorageQuotaSettingsTests : IDisposable
{
    private const long MiB = 1024 * 1024;
    private readonly TempDatabase _temp = new();
    private readonly IConfigurationRoot _configuration = new ConfigurationBuilder().AddInMemoryCollection().Build();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void The_configured_quota_follows_each_reload()
    {
        _configuration[StorageQuota.Key] = "64";
        using var quota = StorageQuota.Start(_temp.Database, _configuration, new ServerSettings(), NullLogger<StorageQuota>.Instance);
        Assert.Equal(64 * MiB, _temp.Database.MaxSizeBytes);

        Reload("2048");
        Assert.Equal(2048 * MiB, _temp.Database.MaxSizeBytes);
        Reload("lots");
        Assert.Equal(2048 * MiB, _temp.Database.MaxSizeBytes);
        Reload("");
        Assert.Null(_temp.Database.MaxSizeBytes);
    }

    [Fact]
    public void The_command_line_quota_holds_for_the_run()
    {
        _configuration[StorageQuota.Key] = "64";
        using var quota = StorageQuota.Start(_temp.Database, _configuration, new ServerSettings { MaxDatabaseMiB = 512 }, NullLogger<StorageQuota>.Instance);
        Reload("8");
        Assert.Equal(512 * MiB, _temp.Database.MaxSizeBytes);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("1,5")]
    [InlineData("2 GB")]
    public void A_malformed_quota_at_start_stops_the_server_saying_what_it_takes(string value)
    {
        _configuration[StorageQuota.Key] = value;
        var error = Assert.Throws<InvalidOperationException>(() => StorageQuota.Start(_temp.Database, _configuration, new ServerSettings(), NullLogger<StorageQuota>.Instance));
        Assert.Contains("whole number of MiB", error.Message, StringComparison.Ordinal);
        Assert.Null(_temp.Database.MaxSizeBytes);
    }

    private void Reload(string value)
    {
        _configuration[StorageQuota.Key] = value;
        _configuration.Reload();
    }
}
