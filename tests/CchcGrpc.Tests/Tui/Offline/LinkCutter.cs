using System.Net;
using System.Net.Sockets;

namespace CchcGrpc.Tests.Tui.Offline;

/// <summary>
/// A TCP relay between the client and the server that a test can cut and restore, as an SSH session's
/// link drops and comes back: <see cref="Cut"/> closes every open connection and refuses new ones (each
/// is accepted and closed at once); <see cref="Restore"/> relays again on the same address.
/// </summary>
public sealed class LinkCutter : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly Uri _target;
    private readonly List<TcpClient> _open = [];
    private readonly CancellationTokenSource _stop = new();
    private volatile bool _cut;

    public LinkCutter(Uri target)
    {
        _target = target;
        _listener.Start();
        Address = $"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}";
        _ = AcceptAsync();
    }

    /// <summary>Where the client connects ("http://127.0.0.1:port").</summary>
    public string Address { get; }

    public void Cut()
    {
        _cut = true;
        lock (_open)
        {
            foreach (var client in _open)
                client.Dispose();
            _open.Clear();
        }
    }

    public void Restore() => _cut = false;

    /// <summary>Added to every chunk relayed, both ways (a slow link: a call takes at least twice this).</summary>
    public TimeSpan Latency { get; set; }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
        Cut();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }
            if (_cut)
            {
                client.Dispose();
                continue;
            }
            _ = RelayAsync(client);
        }
    }

    private async Task PumpAsync(Stream from, Stream to, CancellationToken cancel)
    {
        var buffer = new byte[16 * 1024];
        int read;
        while ((read = await from.ReadAsync(buffer, cancel)) > 0)
        {
            if (Latency > TimeSpan.Zero)
                await Task.Delay(Latency, cancel);
            await to.WriteAsync(buffer.AsMemory(0, read), cancel);
        }
    }

    private async Task RelayAsync(TcpClient client)
    {
        var server = new TcpClient();
        try
        {
            await server.ConnectAsync(_target.Host, _target.Port, _stop.Token);
            lock (_open)
            {
                _open.Add(client);
                _open.Add(server);
            }
            using var both = CancellationTokenSource.CreateLinkedTokenSource(_stop.Token);
            var up = PumpAsync(client.GetStream(), server.GetStream(), both.Token);
            var down = PumpAsync(server.GetStream(), client.GetStream(), both.Token);
            await Task.WhenAny(up, down);
            await both.CancelAsync();
        }
        catch (Exception e) when (e is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
        {
            // The link was cut, or one side went away: both ends close below.
        }
        finally
        {
            client.Dispose();
            server.Dispose();
        }
    }
}
