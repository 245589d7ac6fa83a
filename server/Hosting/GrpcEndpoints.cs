using System.Net;
using System.Net.Sockets;

namespace CchcGrpc.Server.Hosting;

/// <summary>Which URLs the server binds, from the settings and ASP.NET Core's configuration (see <see cref="ServerSettings"/>).</summary>
public static class GrpcEndpoints
{
    /// <summary>The URLs to bind, or null when ASP.NET Core's configuration already names them.</summary>
    public static string? Choose(ServerSettings settings, IConfiguration configuration, bool tls)
    {
        if (settings.Listen is { } listen)
        {
            return Url(listen, tls);
        }
        if (settings.Urls is { Length: > 0 } urls)
        {
            return urls;
        }
        // ASPNETCORE_URLS, DOTNET_URLS, "urls" in appsettings.json or --urls among the host arguments.
        if (configuration["urls"] is { Length: > 0 } || configuration.GetSection("Kestrel:Endpoints").Exists())
        {
            return null;
        }
        return Url(ServerSettings.DefaultEndpoint, tls);
    }

    public static string Url(IPEndPoint endpoint, bool tls)
    {
        var host = endpoint.Address.AddressFamily == AddressFamily.InterNetworkV6 ? $"[{endpoint.Address}]" : endpoint.Address.ToString();
        return $"{(tls ? "https" : "http")}://{host}:{endpoint.Port}";
    }

    /// <summary>An address a client on this machine can dial: a wildcard bind is reached through loopback.</summary>
    public static Uri Dialable(string bound) =>
        new(bound.Replace("://[::]", "://localhost", StringComparison.Ordinal)
            .Replace("://0.0.0.0", "://127.0.0.1", StringComparison.Ordinal)
            .Replace("://+", "://localhost", StringComparison.Ordinal)
            .Replace("://*", "://localhost", StringComparison.Ordinal));
}
