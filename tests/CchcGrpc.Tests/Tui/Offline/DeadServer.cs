using System.Net;
using System.Net.Sockets;

namespace CchcGrpc.Tests.Tui.Offline;

/// <summary>An address where nothing listens (a port bound and released): the link is down.</summary>
public static class DeadServer
{
    public static string Address { get; } = Find();

    static string Find()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        int port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return $"http://127.0.0.1:{port}";
    }
}
