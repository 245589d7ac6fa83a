using CchcGrpc.Server.Hosting;
using CchcGrpc.Tests.EndToEnd;
using Google.Protobuf.Reflection;
using Grpc.Core;
using Grpc.Health.V1;
using Grpc.Net.Client;
using Grpc.Reflection.V1;
using ServingStatus = Grpc.Health.V1.HealthCheckResponse.Types.ServingStatus;
using V1Alpha = Grpc.Reflection.V1Alpha;

namespace CchcGrpc.Tests.Wire;

/// <summary>The standard services generic tools and load balancers rely on, from the grpc-dotnet packages.</summary>
public sealed class StandardServicesTests(ReportingServer server) : IClassFixture<ReportingServer>
{
    private Health.HealthClient Health => new(server.Channel);

    [Theory]
    [InlineData("")]
    [InlineData("cchc.v1.Reports")]
    [InlineData("cchc.v1.Imports")]
    public async Task Health_reports_the_server_and_each_cchc_service_as_SERVING_without_a_token(string service)
    {
        var reply = await Health.CheckAsync(new HealthCheckRequest { Service = service }, deadline: DateTime.UtcNow.AddSeconds(10));
        Assert.Equal(ServingStatus.Serving, reply.Status);
    }

    [Fact]
    public async Task Health_check_of_an_unknown_service_is_NOT_FOUND()
    {
        var error = await Assert.ThrowsAsync<RpcException>(() => Health.CheckAsync(new HealthCheckRequest { Service = "cchc.v1.Nope" }).ResponseAsync);
        Assert.Equal(StatusCode.NotFound, error.StatusCode);
    }

    [Fact]
    public async Task Health_is_NOT_SERVING_while_the_database_cannot_be_opened_and_SERVING_again_when_it_can()
    {
        var folder = Directory.CreateTempSubdirectory("cchc-health-");
        var moved = folder.FullName + "-away";
        try
        {
            var settings = new ServerSettings { Port = 0, DatabasePath = Path.Combine(folder.FullName, "cchc.db"), SeedDemoData = false };
            await using var app = await ServerApp.StartAsync(settings, TimeProvider.System);
            using var channel = GrpcChannel.ForAddress(app.Address);
            var health = new Health.HealthClient(channel);
            Assert.Equal(ServingStatus.Serving, (await health.CheckAsync(new HealthCheckRequest())).Status);

            // The disk holding the database is gone (unmounted, removed): the file cannot be opened.
            Directory.Move(folder.FullName, moved);
            Assert.Equal(ServingStatus.NotServing, (await health.CheckAsync(new HealthCheckRequest())).Status);
            Assert.Equal(ServingStatus.NotServing, (await health.CheckAsync(new HealthCheckRequest { Service = "cchc.v1.Reports" })).Status);

            Directory.Move(moved, folder.FullName);
            Assert.Equal(ServingStatus.Serving, (await health.CheckAsync(new HealthCheckRequest())).Status);
        }
        finally
        {
            if (Directory.Exists(moved))
            {
                Directory.Move(moved, folder.FullName);
            }
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Reflection_v1_lists_the_cchc_services_health_and_reflection_without_a_token()
    {
        var reply = await AskAsync(new ServerReflectionRequest { ListServices = "" });
        Assert.Equal(
            [.. ServerApp.ServiceNames.Order(StringComparer.Ordinal), "grpc.health.v1.Health", "grpc.reflection.v1.ServerReflection", "grpc.reflection.v1alpha.ServerReflection"],
            reply.ListServicesResponse.Service.Select(s => s.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Reflection_v1_gives_the_file_of_a_service_with_its_imports()
    {
        var reply = await AskAsync(new ServerReflectionRequest { FileContainingSymbol = "cchc.v1.Reports" });
        var files = reply.FileDescriptorResponse.FileDescriptorProto.Select(b => FileDescriptorProto.Parser.ParseFrom(b)).ToList();
        var reports = Assert.Single(files, f => f.Name == "cchc/v1/reports.proto");
        Assert.Contains("UpdateReportValues", reports.Service.Single().Method.Select(m => m.Name));
        Assert.Contains(files, f => f.Name == "cchc/v1/common.proto");
    }

    [Fact]
    public async Task Reflection_v1alpha_answers_like_v1()
    {
        using var call = new V1Alpha.ServerReflection.ServerReflectionClient(server.Channel).ServerReflectionInfo(deadline: DateTime.UtcNow.AddSeconds(10));
        await call.RequestStream.WriteAsync(new V1Alpha.ServerReflectionRequest { FileContainingSymbol = "cchc.v1.ImportBatch" });
        Assert.True(await call.ResponseStream.MoveNext(CancellationToken.None));
        var names = call.ResponseStream.Current.FileDescriptorResponse.FileDescriptorProto.Select(b => FileDescriptorProto.Parser.ParseFrom(b).Name);
        Assert.Contains("cchc/v1/imports.proto", names);
        await call.RequestStream.CompleteAsync();
        Assert.False(await call.ResponseStream.MoveNext(CancellationToken.None));
    }

    private async Task<ServerReflectionResponse> AskAsync(ServerReflectionRequest request)
    {
        using var call = new ServerReflection.ServerReflectionClient(server.Channel).ServerReflectionInfo(deadline: DateTime.UtcNow.AddSeconds(10));
        await call.RequestStream.WriteAsync(request);
        Assert.True(await call.ResponseStream.MoveNext(CancellationToken.None));
        var reply = call.ResponseStream.Current;
        await call.RequestStream.CompleteAsync();
        Assert.False(await call.ResponseStream.MoveNext(CancellationToken.None));
        return reply;
    }
}
