using CchcGrpc.Server.Hosting;

namespace CchcGrpc.Tests.Auth;

/// <summary>cchc-server's options: sensible defaults, clear refusals, ASP.NET Core settings passed on.</summary>
public sealed class ServerSettingsTests
{
    private static ServerSettings? Parse(out string? error, params string[] args) =>
        new ServerCommandLine(new ServerVerbs(TextReader.Null, TextWriter.Null, TextWriter.Null, TimeProvider.System), (_, _) => Task.FromResult(0))
            .ParseSettings(args, out error);

    [Fact]
    public void Defaults_leave_the_endpoint_to_configuration_and_use_the_Decree_09_calendar()
    {
        var settings = Parse(out var error)!;
        Assert.Null(error);
        Assert.Equal((null, null, 14, 4), (settings.Listen, settings.Urls, settings.Reporting.CutOffDay, settings.Reporting.YearDeadlineDays));
        Assert.True(settings.SeedDemoData);
        Assert.Equal(4 * 1024 * 1024, settings.MaxMessageBytes);
        Assert.Equal(TimeSpan.FromSeconds(10), settings.ShutdownTimeout);
        // No quota of its own: configuration's Storage:MaxDatabaseMiB decides (none by default).
        Assert.Null(settings.MaxDatabaseMiB);
    }

    [Fact]
    public void A_size_quota_is_given_in_MiB()
    {
        Assert.Equal(512, Parse(out _, "--max-db-mb", "512")!.MaxDatabaseMiB);
    }

    [Fact]
    public void Options_set_the_address_database_and_reporting_calendar()
    {
        var settings = Parse(out _, "--listen", "0.0.0.0:6000", "--db", "/tmp/x.db", "--cutoff-day", "15", "--deadline-days", "10", "--no-demo", "--max-message-mb=16")!;
        Assert.Equal(("0.0.0.0", 6000, "/tmp/x.db", 15, 10, false, 16 * 1024 * 1024),
            (settings.Listen!.Address.ToString(), settings.Listen.Port, settings.DatabasePath, settings.Reporting.CutOffDay, settings.Reporting.QuarterDeadlineDays, settings.SeedDemoData, settings.MaxMessageBytes));
    }

    [Fact]
    public void Urls_and_configuration_keys_go_on_to_ASP_NET_Core()
    {
        var settings = Parse(out _, "--urls", "http://127.0.0.1:7001;http://[::1]:7001", "--Logging:LogLevel:Default=Warning", "Kestrel:EndpointDefaults:Protocols=Http2")!;
        Assert.Equal("http://127.0.0.1:7001;http://[::1]:7001", settings.Urls);
        Assert.Equal(["--Logging:LogLevel:Default=Warning", "Kestrel:EndpointDefaults:Protocols=Http2"], settings.HostArguments);
    }

    [Theory]
    [InlineData("--listen takes ADDRESS:PORT", "--listen", "localhost")]
    [InlineData("--listen takes ADDRESS:PORT", "--listen", "127.0.0.1:99999")]
    [InlineData("--max-message-mb takes a whole number from 1 to 1024", "--max-message-mb", "0")]
    [InlineData("--max-db-mb takes a whole number from 1 to 1048576", "--max-db-mb", "0")]
    [InlineData("--cutoff-day takes a whole number from 1 to 31", "--cutoff-day", "40")]
    [InlineData("unknown option '--frobnicate'", "--frobnicate", "1")]
    [InlineData("--db", "--db")]
    public void Bad_options_are_refused_with_a_message(string expected, params string[] args)
    {
        Assert.Null(Parse(out var error, args));
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }
}
