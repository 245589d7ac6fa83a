using CchcGrpc.Server.Hosting;

namespace CchcGrpc.Tests.Auth;

/// <summary>cchc-server's options: sensible defaults, clear refusals.</summary>
public sealed class ServerSettingsTests
{
    [Fact]
    public void Defaults_listen_on_loopback_50051_with_the_Decree_09_calendar()
    {
        var settings = ServerSettings.Parse([]);
        Assert.Equal(("127.0.0.1", 50051, 14, 4), (settings.Address.ToString(), settings.Port, settings.Reporting.CutOffDay, settings.Reporting.YearDeadlineDays));
        Assert.True(settings.SeedDemoData);
    }

    [Fact]
    public void Options_set_the_address_database_and_reporting_calendar()
    {
        var settings = ServerSettings.Parse(["--listen", "0.0.0.0:6000", "--db", "/tmp/x.db", "--cutoff-day", "15", "--deadline-days", "10", "--no-demo"]);
        Assert.Equal(("0.0.0.0", 6000, "/tmp/x.db", 15, 10, false),
            (settings.Address.ToString(), settings.Port, settings.DatabasePath, settings.Reporting.CutOffDay, settings.Reporting.QuarterDeadlineDays, settings.SeedDemoData));
    }

    [Theory]
    [InlineData("--listen", "localhost")]
    [InlineData("--listen", "127.0.0.1:99999")]
    [InlineData("--max-message-mb", "0")]
    [InlineData("--cutoff-day", "40")]
    [InlineData("--frobnicate", "1")]
    [InlineData("--db")]
    public void Bad_options_are_refused_with_a_message(params string[] args)
    {
        var error = Assert.Throws<ArgumentException>(() => ServerSettings.Parse(args));
        Assert.False(string.IsNullOrWhiteSpace(error.Message));
    }
}
