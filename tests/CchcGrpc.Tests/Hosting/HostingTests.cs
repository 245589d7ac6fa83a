using Cchc.V1;
using CchcGrpc.Tests.EndToEnd;
using CchcGrpc.Tests.Imports;
using Grpc.Health.V1;
using Grpc.Net.Client;
using Microsoft.Data.Sqlite;
using ServingStatus = Grpc.Health.V1.HealthCheckResponse.Types.ServingStatus;

namespace CchcGrpc.Tests.Hosting;

/// <summary>
/// cchc-server follows ASP.NET Core's hosting conventions: where it listens comes from --listen,
/// then --urls, then ASPNETCORE_URLS, then appsettings.json; SIGTERM lets calls in flight finish
/// and closes the database cleanly.
/// </summary>
public sealed class HostingTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("cchc-hosting-");

    private string Database => Path.Combine(_folder.FullName, "cchc.db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _folder.Delete(recursive: true);
    }

    [Fact]
    public async Task ASPNETCORE_URLS_is_used_when_no_option_names_an_endpoint()
    {
        var port = ServerProcess.FreePort();
        using var server = await ServerProcess.StartAsync(["--no-demo", "--db", Database], Env(port));
        Assert.Equal(port, server.Port);
        await AssertServingAsync(server.Address);
    }

    [Fact]
    public async Task Urls_win_over_ASPNETCORE_URLS_and_listen_wins_over_both()
    {
        var (fromEnvironment, fromUrls, fromListen) = (ServerProcess.FreePort(), ServerProcess.FreePort(), ServerProcess.FreePort());
        using (var server = await ServerProcess.StartAsync(["--no-demo", "--db", Database, "--urls", $"http://127.0.0.1:{fromUrls}"], Env(fromEnvironment)))
        {
            Assert.Equal(fromUrls, server.Port);
            await AssertServingAsync(server.Address);
        }
        using (var server = await ServerProcess.StartAsync(["--no-demo", "--db", Database, "--urls", $"http://127.0.0.1:{fromUrls}", "--listen", $"127.0.0.1:{fromListen}"], Env(fromEnvironment)))
        {
            Assert.Equal(fromListen, server.Port);
        }
    }

    [Fact]
    public async Task Kestrel_endpoints_in_appsettings_json_of_the_working_directory_are_served()
    {
        var port = ServerProcess.FreePort();
        await File.WriteAllTextAsync(Path.Combine(_folder.FullName, "appsettings.json"),
            $$"""{ "Kestrel": { "Endpoints": { "Grpc": { "Url": "http://127.0.0.1:{{port}}" } } }, "Logging": { "LogLevel": { "CchcGrpc.Server.Wire.CallLog": "Warning" } } }""");
        using var server = await ServerProcess.StartAsync(["--no-demo", "--db", "cchc.db"], workingDirectory: _folder.FullName);
        Assert.Equal(port, server.Port);
        await AssertServingAsync(server.Address);
        Assert.True(File.Exists(Database), "the relative --db was not taken from the working directory");
    }

    [Fact]
    public async Task SIGTERM_lets_a_call_in_flight_finish_then_closes_the_database_and_exits_0()
    {
        await ServerProcess.VerbAsync(Database, "", "user", "add", "svc.import", "--role", "service");
        var token = await ServerProcess.VerbAsync(Database, "", "token", "create", "--user", "svc.import");
        using var server = await ServerProcess.StartAsync(["--listen", $"127.0.0.1:{ServerProcess.FreePort()}", "--db", Database, "--shutdown-timeout", "20"]);
        using var channel = GrpcChannel.ForAddress(server.Address);
        var batches = GeneratedImport.Batches(2, "sigterm").ToList();
        using var call = new Cchc.V1.Imports.ImportsClient(channel).ImportValues(CallHelpers.Bearer(token).WithDeadline(DateTime.UtcNow.AddSeconds(60)));
        await call.RequestStream.WriteAsync(batches[0]);
        // The server has the call and has written its first batch when the service manager says stop.
        while (Count() < 1)
        {
            await Task.Delay(20);
        }
        server.Terminate();
        await Task.Delay(500);
        Assert.False(server.HasExited, "the server exited with a call in flight");
        await call.RequestStream.WriteAsync(batches[1]);
        await call.RequestStream.CompleteAsync();
        var result = await call.ResponseAsync;
        Assert.Equal((2, batches.Sum(b => b.Rows.Count)), (result.Summary.Batches, result.Summary.Imported));

        Assert.True(await server.WaitForExitAsync(TimeSpan.FromSeconds(30)), "the server did not stop after the call ended");
        Assert.Equal(0, server.ExitCode);
        Assert.Contains("cchc-server: stopped; the database is closed.", server.Output);
        // Checkpointed and closed: the write-ahead log is empty, every value is in the file itself.
        Assert.True(!File.Exists(Database + "-wal") || new FileInfo(Database + "-wal").Length == 0);
        Assert.Equal(2, Count());
    }

    private int Count()
    {
        using var connection = new SqliteConnection($"Data Source={Database};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var count = connection.CreateCommand();
        count.CommandText = "SELECT COUNT(*) FROM import_batches";
        return (int)(long)count.ExecuteScalar()!;
    }

    private static Dictionary<string, string> Env(int port) => new() { ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}" };

    private static async Task AssertServingAsync(string address)
    {
        using var channel = GrpcChannel.ForAddress(address);
        var reply = await new Health.HealthClient(channel).CheckAsync(new HealthCheckRequest(), deadline: DateTime.UtcNow.AddSeconds(10));
        Assert.Equal(ServingStatus.Serving, reply.Status);
    }
}
