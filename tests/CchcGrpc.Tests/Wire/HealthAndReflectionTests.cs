using CchcGrpc.Wire;
using CchcGrpc.Wire.Client;
using Google.Protobuf.Reflection;
using Grpc.Health.V1;
using Grpc.Reflection.V1;
using ServingStatus = Grpc.Health.V1.HealthCheckResponse.Types.ServingStatus;
using V1Alpha = Grpc.Reflection.V1Alpha;

namespace CchcGrpc.Tests.Wire;

/// <summary>The standard services that generic tools and load balancers rely on.</summary>
public sealed class HealthAndReflectionTests(ProbeServer server) : IClassFixture<ProbeServer>
{
    private static readonly Method<HealthCheckRequest, HealthCheckResponse> Check = Method<HealthCheckRequest, HealthCheckResponse>.From(HealthReflection.Descriptor.Services[0].Methods[0]);
    private static readonly Method<HealthCheckRequest, HealthCheckResponse> Watch = Method<HealthCheckRequest, HealthCheckResponse>.From(HealthReflection.Descriptor.Services[0].Methods[1]);
    private static readonly Method<ServerReflectionRequest, ServerReflectionResponse> Reflect = Method<ServerReflectionRequest, ServerReflectionResponse>.From(ReflectionReflection.Descriptor.Services[0].Methods[0]);
    private static readonly Method<V1Alpha.ServerReflectionRequest, V1Alpha.ServerReflectionResponse> ReflectAlpha = Method<V1Alpha.ServerReflectionRequest, V1Alpha.ServerReflectionResponse>.From(V1Alpha.ReflectionReflection.Descriptor.Services[0].Methods[0]);

    [Theory]
    [InlineData("")]
    [InlineData("cchc.probe.Probe")]
    [InlineData("grpc.health.v1.Health")]
    public async Task Health_reports_the_server_and_each_service_as_SERVING(string service)
    {
        var reply = await server.Channel.UnaryCall(Check, new HealthCheckRequest { Service = service });
        Assert.Equal(ServingStatus.Serving, reply.Status);
    }

    [Fact]
    public async Task Health_check_of_an_unknown_service_is_NOT_FOUND()
    {
        var error = await Assert.ThrowsAsync<RpcException>(() => server.Channel.UnaryCall(Check, new HealthCheckRequest { Service = "cchc.v1.Nope" }).ResponseAsync);
        Assert.Equal(StatusCode.NotFound, error.StatusCode);
    }

    [Fact]
    public async Task Health_watch_sends_the_current_status_then_each_change()
    {
        server.Health.SetStatus("cchc.test.Watched", ServingStatus.Serving);
        using var call = server.Channel.ServerStreamingCall(Watch, new HealthCheckRequest { Service = "cchc.test.Watched" });
        Assert.True(await call.ResponseStream.MoveNext());
        Assert.Equal(ServingStatus.Serving, call.ResponseStream.Current.Status);
        server.Health.SetStatus("cchc.test.Watched", ServingStatus.NotServing);
        Assert.True(await call.ResponseStream.MoveNext());
        Assert.Equal(ServingStatus.NotServing, call.ResponseStream.Current.Status);
    }

    [Fact]
    public async Task Reflection_v1_lists_every_service()
    {
        var reply = await AskAsync(new ServerReflectionRequest { ListServices = "" });
        Assert.Equal(
            ["cchc.probe.Probe", "grpc.health.v1.Health", "grpc.reflection.v1.ServerReflection", "grpc.reflection.v1alpha.ServerReflection"],
            reply.ListServicesResponse.Service.Select(s => s.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Reflection_finds_the_file_of_a_method_symbol_and_sends_dependencies_transitively()
    {
        var reply = await AskAsync(new ServerReflectionRequest { FileContainingSymbol = "grpc.reflection.v1.ServerReflection.ServerReflectionInfo" });
        var files = reply.FileDescriptorResponse.FileDescriptorProto.Select(b => FileDescriptorProto.Parser.ParseFrom(b).Name).ToList();
        Assert.Equal(["grpc/reflection/v1/reflection.proto"], files);

        var status = await AskAsync(new ServerReflectionRequest { FileByFilename = "google/rpc/status.proto" });
        Assert.Equal(StatusCode.NotFound, (StatusCode)status.ErrorResponse.ErrorCode); // not reachable from any service here
    }

    [Fact]
    public async Task Reflection_reports_unknown_symbols_as_NOT_FOUND_in_the_stream()
    {
        var reply = await AskAsync(new ServerReflectionRequest { FileContainingSymbol = "cchc.v1.NoSuchThing" });
        Assert.Equal((int)StatusCode.NotFound, reply.ErrorResponse.ErrorCode);
    }

    [Fact]
    public async Task Reflection_v1alpha_answers_like_v1()
    {
        using var call = server.Channel.DuplexStreamingCall(ReflectAlpha);
        await call.RequestStream.WriteAsync(new V1Alpha.ServerReflectionRequest { FileContainingSymbol = "cchc.probe.ProbeRequest" });
        Assert.True(await call.ResponseStream.MoveNext());
        var file = FileDescriptorProto.Parser.ParseFrom(call.ResponseStream.Current.FileDescriptorResponse.FileDescriptorProto[0]);
        Assert.Equal("probe.proto", file.Name);
        await call.RequestStream.CompleteAsync();
        Assert.False(await call.ResponseStream.MoveNext());
    }

    private async Task<ServerReflectionResponse> AskAsync(ServerReflectionRequest request)
    {
        using var call = server.Channel.DuplexStreamingCall(Reflect);
        await call.RequestStream.WriteAsync(request);
        Assert.True(await call.ResponseStream.MoveNext());
        var reply = call.ResponseStream.Current;
        await call.RequestStream.CompleteAsync();
        Assert.False(await call.ResponseStream.MoveNext());
        return reply;
    }
}
