using System.Net;
using CchcGrpc.Bench.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;

namespace CchcGrpc.Bench.Wire;

/// <summary>
/// The ceiling of the stack (hidden verb serve-kestrel): bare Kestrel over h2c with prior knowledge,
/// no gRPC layer and no hosting extras (empty builder: no logging providers, so no per-request
/// Activity or log scope; no host filtering). It drains the request body (any gRPC server must read
/// it) and answers with the pre-framed response bytes, content-type application/grpc and the
/// trailer grpc-status: 0.
/// </summary>
internal static class KestrelBaselineServer
{
    public static async Task<int> RunAsync()
    {
        using var allocations = AllocationSampler.StartIfRequested();
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            // The same Kestrel limits the service sets: both run one Kestrel configuration.
            Server.Hosting.GrpcWebHost.ApplyLimits(kestrel);
            kestrel.Listen(IPAddress.Loopback, 0, listen => listen.Protocols = HttpProtocols.Http2);
        });
        await using var app = builder.Build();
        var response = EchoPayload.FramedResponse;
        app.Run(async context =>
        {
            if (context.Request.Path.Value != EchoPayload.MethodPath)
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }
            var body = context.Request.BodyReader;
            while (true)
            {
                var read = await body.ReadAsync(context.RequestAborted);
                body.AdvanceTo(read.Buffer.End);
                if (read.IsCompleted)
                {
                    break;
                }
            }
            context.Response.ContentType = "application/grpc";
            await context.Response.BodyWriter.WriteAsync(response, context.RequestAborted);
            context.Response.AppendTrailer("grpc-status", "0");
        });
        await app.StartAsync();

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        Console.WriteLine($"LISTENING {new Uri(address).Port}");
        await StdinShutdown.WaitAsync();
        allocations?.Report(Console.Error);
        await app.StopAsync();
        return 0;
    }
}
