using System.IO.Compression;
using CchcGrpc.Server.Wire;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Configuration.Memory;

namespace CchcGrpc.Server.Hosting;

/// <summary>
/// The ASP.NET Core host every gRPC server of this project runs on (the service itself, and the
/// wire benchmark's server): Kestrel speaking HTTP/2 only (h2c on plain endpoints, ALPN h2 with
/// TLS), grpc-dotnet with our interceptors, limits and gzip, the endpoints chosen as
/// <see cref="ServerSettings"/> describes, and a bounded graceful shutdown.
/// </summary>
public static class GrpcWebHost
{
    /// <summary>Defaults that appsettings.json, environment and --Section:Key arguments can override.</summary>
    private static readonly Dictionary<string, string?> ConfigurationDefaults = new()
    {
        // Hosting and grpc-dotnet log every request at Information; CallLog writes one line per call instead.
        ["Logging:LogLevel:Default"] = "Information",
        ["Logging:LogLevel:Microsoft.AspNetCore"] = "Warning",
        // With any level on, hosting opens a log scope and an Activity for every request (a third of
        // what a call allocated in the wire bench); CallLog says what an operator needs per call.
        ["Logging:LogLevel:Microsoft.AspNetCore.Hosting.Diagnostics"] = "None",
        ["Logging:LogLevel:Microsoft.Hosting.Lifetime"] = "Warning",
        ["Logging:LogLevel:Grpc"] = "Warning",
        // "Hosting failed to start" with its stack trace: the server says why in one sentence itself
        // (Program.cs); the host has no background services whose errors this would hide.
        ["Logging:LogLevel:Microsoft.Extensions.Hosting.Internal.Host"] = "Critical",
        ["Logging:Console:FormatterName"] = "simple",
        ["Logging:Console:FormatterOptions:SingleLine"] = "true",
        ["Logging:Console:FormatterOptions:TimestampFormat"] = "yyyy-MM-dd HH:mm:ss ",
    };

    public static WebApplicationBuilder CreateBuilder(ServerSettings settings)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = [.. settings.HostArguments],
            ContentRootPath = settings.ContentRoot,
        });
        // Below every other source, so that configuration can still change them.
        builder.Configuration.Sources.Insert(0, new MemoryConfigurationSource { InitialData = ConfigurationDefaults });
        settings.ConfigureLogging?.Invoke(builder.Logging);

        var certificate = settings.LoadCertificate();
        ConfigureKestrel(builder, certificate);
        if (GrpcEndpoints.Choose(settings, builder.Configuration, certificate is not null) is { } urls)
        {
            builder.WebHost.UseUrls(urls);
        }
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = settings.ShutdownTimeout);
        builder.Services.AddSingleton(TimeProvider.System);
        // One instance of each interceptor for the server's life: grpc-dotnet would otherwise make three per call.
        builder.Services.AddSingleton<CallLog>();
        builder.Services.AddSingleton<ErrorTranslation>();
        builder.Services.AddSingleton<AuthenticationInterceptor>();
        builder.Services.AddGrpc(grpc =>
        {
            // Outermost first: the log sees the status the caller gets, errors are translated before
            // it, and no service code runs for a caller that is not signed in.
            grpc.Interceptors.Add<CallLog>();
            grpc.Interceptors.Add<ErrorTranslation>();
            grpc.Interceptors.Add<AuthenticationInterceptor>();
            grpc.MaxReceiveMessageSize = settings.MaxMessageBytes;
            grpc.MaxSendMessageSize = settings.MaxMessageBytes;
            // Responses are compressed for clients that accept gzip (grpc-accept-encoding); requests
            // compressed with gzip are accepted by default.
            grpc.ResponseCompressionAlgorithm = "gzip";
            grpc.ResponseCompressionLevel = CompressionLevel.Fastest;
        });
        return builder;
    }

    /// <summary>Kestrel's limits for gRPC over slow links (the wire bench's bare-Kestrel ceiling uses them too).</summary>
    public static void ApplyLimits(KestrelServerOptions kestrel)
    {
        kestrel.AddServerHeader = false;
        // Streams over slow links may be quiet for long; gRPC deadlines, not Kestrel, bound them.
        kestrel.Limits.MinRequestBodyDataRate = null;
        kestrel.Limits.MinResponseDataRate = null;
        kestrel.Limits.MaxRequestBodySize = null;
        kestrel.Limits.Http2.MaxStreamsPerConnection = 256;
        kestrel.Limits.Http2.InitialConnectionWindowSize = 1024 * 1024;
        kestrel.Limits.Http2.InitialStreamWindowSize = 768 * 1024;
        // Dead peers are noticed within a minute instead of at the next write.
        kestrel.Limits.Http2.KeepAlivePingDelay = TimeSpan.FromSeconds(30);
        kestrel.Limits.Http2.KeepAlivePingTimeout = TimeSpan.FromSeconds(20);
    }

    private static void ConfigureKestrel(WebApplicationBuilder builder, System.Security.Cryptography.X509Certificates.X509Certificate2? certificate)
    {
        var protocolsConfigured = builder.Configuration.GetSection("Kestrel:EndpointDefaults:Protocols").Exists();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            ApplyLimits(kestrel);
            if (!protocolsConfigured)
            {
                // gRPC needs HTTP/2; plain endpoints then take h2c with prior knowledge.
                kestrel.ConfigureEndpointDefaults(listen => listen.Protocols = HttpProtocols.Http2);
            }
            if (certificate is not null)
            {
                kestrel.ConfigureHttpsDefaults(https => https.ServerCertificate = certificate);
            }
        });
    }
}
