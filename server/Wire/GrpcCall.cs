using System.Runtime.CompilerServices;
using CchcGrpc.Wire;
using Google.Protobuf;
using Microsoft.AspNetCore.Http.Features;

namespace CchcGrpc.Server.Wire;

/// <summary>
/// One gRPC call on one HTTP/2 stream: reads requests, writes responses, and sends the status
/// exactly once, in trailers or (when nothing was sent yet) as a Trailers-Only response.
/// Writes and the status are serialised by a lock, so a deadline can end the call while a
/// handler is still running without interleaving frames.
/// </summary>
internal sealed class GrpcCall : ServerCallContext, IAsyncDisposable
{
    private readonly HttpContext _http;
    private readonly GrpcServerOptions _options;
    private readonly MessageReader _reader;
    private readonly CancellationTokenSource? _cancellation;
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private readonly bool _clientAcceptsGzip;
    private Timer? _deadlineTimer;
    private Task? _deadlineTask;
    private Metadata? _requestHeaders;
    private Metadata? _trailers;
    private string? _responseCompression;
    private bool _headersSent;
    private bool _completed;
    private int _deadlineFired;

    public GrpcCall(HttpContext http, string method, GrpcServerOptions options, string? requestEncoding, DateTimeOffset? deadline)
    {
        _http = http;
        _options = options;
        Method = method;
        Deadline = deadline;
        _reader = new MessageReader(http.Request.BodyReader, options.MaxReceiveMessageSize, requestEncoding);
        // Only a deadline cancels a call on its own; without one the request's abort token is enough.
        _cancellation = deadline is null ? null : CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
        var accept = http.Request.Headers[GrpcHeaders.AcceptEncoding].ToString();
        _clientAcceptsGzip = accept.Contains(MessageCompression.Gzip, StringComparison.Ordinal);
    }

    public override string Method { get; }

    public override string Peer
    {
        get
        {
            var connection = _http.Connection;
            var address = connection.RemoteIpAddress;
            var family = address?.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 ? "ipv6" : "ipv4";
            return $"{family}:{address}:{connection.RemotePort}";
        }
    }

    public override Metadata RequestHeaders => _requestHeaders ??= ReadRequestHeaders();

    public override Metadata ResponseTrailers => _trailers ??= new Metadata();

    public override DateTimeOffset? Deadline { get; }

    public override CancellationToken CancellationToken => _cancellation?.Token ?? _http.RequestAborted;

    public override IServiceProvider Services => _http.RequestServices;

    public override string? ResponseCompression
    {
        get => _responseCompression;
        set
        {
            if (value is not (null or MessageCompression.Gzip or MessageCompression.Identity))
            {
                throw new ArgumentException($"Response compression '{value}' is not supported; use gzip.", nameof(value));
            }
            _responseCompression = value == MessageCompression.Identity ? null : value;
        }
    }

    public override bool CompressResponses { get; set; } = true;

    public override bool LastRequestCompressed => _reader.LastMessageCompressed;

    public bool HasTrailers => _trailers is { Count: > 0 };

    public bool DeadlineExceeded => Volatile.Read(ref _deadlineFired) == 1;

    /// <summary>Starts the deadline clock; when it fires the handler is cancelled and DEADLINE_EXCEEDED is sent at once.</summary>
    public void StartDeadline(TimeSpan timeout)
    {
        if (_cancellation is null)
        {
            throw new InvalidOperationException("A deadline is started only for a call created with one.");
        }
        // Timers count whole milliseconds and would fire a 0.9 ms deadline at once, before the
        // client's own; rounding up keeps the server's deadline at or after the client's.
        var due = TimeSpan.FromMilliseconds(Math.Ceiling(Math.Min(timeout.TotalMilliseconds, int.MaxValue - 1)));
        _deadlineTimer = new Timer(static state => ((GrpcCall)state!).FireDeadline(), this, due, Timeout.InfiniteTimeSpan);
    }

    public async ValueTask<T> ReadSingleRequestAsync<T>(MessageParser<T> parser)
        where T : class, IMessage<T>
    {
        var request = await _reader.ReadAsync(parser, CancellationToken).ConfigureAwait(false)
            ?? throw new RpcException(StatusCode.Internal, "The request message is missing.");
        if (await _reader.ReadAsync(parser, CancellationToken).ConfigureAwait(false) is not null)
        {
            throw new RpcException(StatusCode.Internal, "More than one request message was sent to a method that takes one.");
        }
        return request;
    }

    public async IAsyncEnumerable<T> ReadRequestsAsync<T>(MessageParser<T> parser, [EnumeratorCancellation] CancellationToken cancellationToken = default)
        where T : class, IMessage<T>
    {
        using var linked = cancellationToken.CanBeCanceled
            ? CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, CancellationToken)
            : null;
        var token = linked?.Token ?? CancellationToken;
        while (await _reader.ReadAsync(parser, token).ConfigureAwait(false) is { } message)
        {
            yield return message;
        }
    }

    public override async Task WriteResponseHeadersAsync(Metadata headers)
    {
        await _writeLock.WaitAsync().ConfigureAwait(false);
        try
        {
            ThrowIfCompleted();
            if (_headersSent)
            {
                throw new InvalidOperationException("Response headers were already sent.");
            }
            foreach (var entry in headers)
            {
                _http.Response.Headers.Append(entry.Key, entry.ToWireValue());
            }
            SendHeaders();
            await _http.Response.BodyWriter.FlushAsync(CancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _writeLock.Release();
        }
    }

    public async Task WriteResponseAsync<T>(T message, bool flush)
        where T : IMessage
    {
        await _writeLock.WaitAsync().ConfigureAwait(false);
        try
        {
            ThrowIfCompleted();
            SendHeaders();
            var compress = _responseCompression is not null && CompressResponses;
            MessageWriter.Write(_http.Response.BodyWriter, message, compress, _options.MaxSendMessageSize);
            if (flush)
            {
                await _http.Response.BodyWriter.FlushAsync(CancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            _writeLock.Release();
        }
    }

    /// <summary>Sends the call's status, once; later calls do nothing.</summary>
    public async Task CompleteAsync(Status status, Metadata? trailers)
    {
        await _writeLock.WaitAsync().ConfigureAwait(false);
        try
        {
            if (_completed)
            {
                return;
            }
            _completed = true;
            var response = _http.Response;
            var trailersOnly = !(response.HasStarted || _headersSent);
            if (trailersOnly)
            {
                // Trailers-Only: one HEADERS frame with END_STREAM carrying the status.
                response.StatusCode = StatusCodes.Status200OK;
                response.ContentType = GrpcHeaders.ContentType;
            }
            WriteStatus(response, trailersOnly, status, trailers);
        }
        finally
        {
            _writeLock.Release();
        }
    }

    /// <summary>Waits for a deadline that is firing, so nothing touches the HttpContext after the request ends.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_deadlineTimer is not null)
        {
            await _deadlineTimer.DisposeAsync().ConfigureAwait(false);
            if (Volatile.Read(ref _deadlineTask) is { } firing)
            {
                await firing.ConfigureAwait(false);
            }
        }
        _cancellation?.Dispose();
    }

    private void FireDeadline()
    {
        if (Interlocked.Exchange(ref _deadlineFired, 1) == 0)
        {
            Volatile.Write(ref _deadlineTask, OnDeadlineAsync());
        }
    }

    private async Task OnDeadlineAsync()
    {
        try
        {
            await _cancellation!.CancelAsync().ConfigureAwait(false);
            await CompleteAsync(new Status(StatusCode.DeadlineExceeded, "Deadline exceeded."), _trailers).ConfigureAwait(false);
            await _http.Response.CompleteAsync().ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is ObjectDisposedException or InvalidOperationException or IOException or OperationCanceledException)
        {
            // The call finished or the client left while the deadline fired; nothing is left to tell.
        }
    }

    private void SendHeaders()
    {
        if (_headersSent)
        {
            return;
        }
        _headersSent = true;
        var response = _http.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = GrpcHeaders.ContentType;
        response.Headers[GrpcHeaders.AcceptEncoding] = GrpcHeaders.SupportedEncodings;
        if (_responseCompression is not null && !_clientAcceptsGzip)
        {
            _responseCompression = null;
        }
        if (_responseCompression is not null)
        {
            response.Headers[GrpcHeaders.Encoding] = _responseCompression;
        }
    }

    private void ThrowIfCompleted()
    {
        if (_completed)
        {
            throw new OperationCanceledException("The call has already completed (deadline exceeded or cancelled).");
        }
    }

    // Static, without a delegate per call: every call ends here.
    private static void WriteStatus(HttpResponse response, bool trailersOnly, Status status, Metadata? trailers)
    {
        void write(string key, string value)
        {
            if (trailersOnly)
            {
                response.Headers.Append(key, value);
            }
            else
            {
                response.AppendTrailer(key, value);
            }
        }

        write(GrpcHeaders.Status, ((int)status.Code).ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (status.Detail.Length > 0)
        {
            write(GrpcHeaders.Message, PercentEncoding.Encode(status.Detail));
        }
        if (status.RichStatus is { } rich)
        {
            write(GrpcHeaders.StatusDetails, Convert.ToBase64String(rich.ToByteArray()).TrimEnd('='));
        }
        if (trailers is null)
        {
            return;
        }
        foreach (var entry in trailers)
        {
            if (!GrpcHeaders.IsReserved(entry.Key))
            {
                write(entry.Key, entry.ToWireValue());
            }
        }
    }

    private Metadata ReadRequestHeaders()
    {
        var metadata = new Metadata();
        foreach (var (key, values) in _http.Request.Headers)
        {
            if (GrpcHeaders.IsReserved(key))
            {
                continue;
            }
            var binary = key.EndsWith("-bin", StringComparison.Ordinal);
            foreach (var value in values)
            {
                if (value is null)
                {
                    continue;
                }
                try
                {
                    // Binary values may arrive comma-joined by proxies; each part is its own base64 value.
                    foreach (var part in binary ? value.Split(',') : [value])
                    {
                        metadata.Add(MetadataEntry.FromWire(key, part));
                    }
                }
                catch (Exception ex) when (ex is FormatException or ArgumentException)
                {
                    throw new RpcException(StatusCode.Internal, $"Request metadata '{key}' is malformed: {ex.Message}");
                }
            }
        }
        return metadata;
    }
}
