using System.Buffers;
using System.IO.Pipelines;
using System.Net;
using System.Net.Http.Headers;
using Google.Protobuf;

namespace CchcGrpc.Wire.Client;

/// <summary>
/// One call on the channel's HTTP/2 connection: sends the request headers and messages, reads the
/// response messages, and settles exactly one status (from trailers, a Trailers-Only response,
/// the HTTP status, a transport error, the deadline or cancellation).
/// </summary>
internal sealed class ClientCall<TRequest, TResponse> : IAsyncStreamReader<TResponse>, IClientStreamWriter<TRequest>, IDisposable
    where TRequest : class, IMessage<TRequest>
    where TResponse : class, IMessage<TResponse>
{
    private readonly GrpcChannel _channel;
    private readonly Method<TRequest, TResponse> _method;
    private readonly CallOptions _options;
    private readonly CancellationTokenSource _cancellation;
    private readonly TaskCompletionSource<Metadata> _headers = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource<Status> _finished = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private RequestBodyContent? _body;
    private Task? _started;
    private HttpResponseMessage? _response;
    private MessageReader? _reader;
    private Metadata? _trailers;

    // Its own source, not a callback on the linked one: the HTTP layer's cancellation callbacks
    // run first when a timer fires, and must already see that the deadline (not the caller) ended the call.
    private readonly CancellationTokenSource? _deadline;

    public ClientCall(GrpcChannel channel, Method<TRequest, TResponse> method, CallOptions options)
    {
        _channel = channel;
        _method = method;
        _options = options;
        if (options.Deadline is { } deadline)
        {
            var remaining = deadline.ToUniversalTime() - DateTime.UtcNow;
            _deadline = new CancellationTokenSource();
            if (remaining <= TimeSpan.Zero)
            {
                _deadline.Cancel();
            }
            else
            {
                _deadline.CancelAfter(remaining < TimeSpan.FromMilliseconds(1) ? TimeSpan.FromMilliseconds(1) : remaining);
            }
        }
        _cancellation = _deadline is null
            ? CancellationTokenSource.CreateLinkedTokenSource(options.CancellationToken)
            : CancellationTokenSource.CreateLinkedTokenSource(options.CancellationToken, _deadline.Token);
    }

    public TResponse Current { get; private set; } = null!;

    public Task<Metadata> ResponseHeadersAsync => _headers.Task;

    /// <summary>True once the server answered with headers: a retry would then not be safe.</summary>
    public bool ReceivedResponse => _response is not null;

    public Status GetStatus() => _finished.Task.IsCompletedSuccessfully
        ? _finished.Task.Result
        : throw new InvalidOperationException("The call has not finished yet.");

    public Metadata GetTrailers() => _trailers ?? throw new InvalidOperationException("The call has not finished yet.");

    public void Start(TRequest? request)
    {
        HttpContent content;
        if (request is null)
        {
            _body = new RequestBodyContent();
            content = _body;
        }
        else
        {
            var frame = new ArrayBufferWriter<byte>(request.CalculateSize() + 5);
            MessageWriter.Write(frame, request, Compress, _channel.Options.MaxSendMessageSize);
            content = new SingleMessageContent(frame.WrittenMemory);
        }
        _started = SendAsync(content);
    }

    public async Task<bool> MoveNext(CancellationToken cancellationToken = default)
    {
        await _started!.ConfigureAwait(false);
        if (_reader is null)
        {
            ThrowIfFailed(await _finished.Task.ConfigureAwait(false));
            return false;
        }
        TResponse? message;
        try
        {
            using var linked = cancellationToken.CanBeCanceled
                ? CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _cancellation.Token)
                : null;
            message = await _reader.ReadAsync(_method.ResponseParser, linked?.Token ?? _cancellation.Token).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            var failure = Settle(StatusOf(ex), _trailers);
            _cancellation.Cancel();
            ThrowIfFailed(failure);
            throw;
        }
        if (message is not null)
        {
            Current = message;
            return true;
        }
        var status = ResponseStatus.FromHeaders(_response!.TrailingHeaders)
            ?? new Status(StatusCode.Internal, "The response ended without a grpc-status.");
        ThrowIfFailed(Settle(status, ResponseStatus.ToMetadata(_response.TrailingHeaders)));
        return false;
    }

    /// <summary>Reads the single response of a unary or client-streaming call.</summary>
    public async Task<TResponse> ReadSingleAsync()
    {
        if (!await MoveNext().ConfigureAwait(false))
        {
            throw Fail(new Status(StatusCode.Internal, "The server ended the call without a response message."));
        }
        var response = Current;
        if (await MoveNext().ConfigureAwait(false))
        {
            throw Fail(new Status(StatusCode.Internal, "The server sent more than one response message to a unary call."));
        }
        return response;
    }

    public async Task WriteAsync(TRequest message, bool compress = true)
    {
        var frame = new ArrayBufferWriter<byte>(message.CalculateSize() + 5);
        MessageWriter.Write(frame, message, compress && Compress, _channel.Options.MaxSendMessageSize);
        var stream = await RequestStreamAsync().ConfigureAwait(false);
        try
        {
            await _writeLock.WaitAsync(_cancellation.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException ex)
        {
            throw new RpcException(await FailedWriteStatusAsync(ex).ConfigureAwait(false), _trailers);
        }
        try
        {
            await stream.WriteAsync(frame.WrittenMemory, _cancellation.Token).ConfigureAwait(false);
            await stream.FlushAsync(_cancellation.Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not RpcException)
        {
            throw new RpcException(await FailedWriteStatusAsync(ex).ConfigureAwait(false), _trailers);
        }
        finally
        {
            _writeLock.Release();
        }
    }

    public Task CompleteAsync()
    {
        _body?.Complete();
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        if (!_finished.Task.IsCompleted)
        {
            Settle(new Status(StatusCode.Cancelled, "The call was disposed before it finished."), null);
            _cancellation.Cancel();
        }
        _body?.Complete();
        _response?.Dispose();
        _cancellation.Dispose();
        _deadline?.Dispose();
    }

    private bool DeadlinePassed => _deadline?.IsCancellationRequested == true && !_options.CancellationToken.IsCancellationRequested;

    private bool Compress => _options.Compression == MessageCompression.Gzip;

    private async Task<Stream> RequestStreamAsync()
    {
        var body = _body ?? throw new InvalidOperationException("This call takes a single request, not a stream.");
        var ready = await Task.WhenAny(body.StreamAsync, _finished.Task).ConfigureAwait(false);
        if (ready == _finished.Task || body.StreamAsync.IsCanceled)
        {
            var status = await _finished.Task.ConfigureAwait(false);
            throw new RpcException(status.Code == StatusCode.OK ? new Status(StatusCode.Internal, "The call finished; no more requests can be sent.") : status, _trailers);
        }
        return await body.StreamAsync.ConfigureAwait(false);
    }

    private async Task SendAsync(HttpContent content)
    {
        // Not disposed here: disposing the request disposes its body, which would end a streaming upload.
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(_channel.Address, _method.FullName))
        {
            Version = HttpVersion.Version20,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
            Content = content,
        };
        CallHeaders.Apply(request, _options, _channel.Options.UserAgent);
        try
        {
            if (DeadlinePassed)
            {
                throw new OperationCanceledException();
            }
            var response = await _channel.Invoker.SendAsync(request, _cancellation.Token).ConfigureAwait(false);
            _response = response;
            await OnResponseAsync(response).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            Settle(StatusOf(ex), null);
        }
    }

    private async Task OnResponseAsync(HttpResponseMessage response)
    {
        var headers = ResponseStatus.ToMetadata(response.Headers);
        _headers.TrySetResult(headers);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            Settle(ResponseStatus.FromHttpStatus(response.StatusCode), headers);
            return;
        }
        if (ResponseStatus.FromHeaders(response.Headers) is { } trailersOnly)
        {
            Settle(trailersOnly, headers);
            return;
        }
        if (!GrpcHeaders.IsGrpcContentType(response.Content.Headers.ContentType?.MediaType))
        {
            Settle(new Status(StatusCode.Unknown, $"The response content type '{response.Content.Headers.ContentType}' is not gRPC."), headers);
            return;
        }
        var encoding = response.Headers.TryGetValues(GrpcHeaders.Encoding, out var e) ? e.FirstOrDefault() : null;
        if (!MessageCompression.IsSupported(encoding))
        {
            Settle(new Status(StatusCode.Internal, $"The server used unsupported message encoding '{encoding}'."), headers);
            return;
        }
        var stream = await response.Content.ReadAsStreamAsync(_cancellation.Token).ConfigureAwait(false);
        _reader = new MessageReader(PipeReader.Create(stream), _channel.Options.MaxReceiveMessageSize, encoding);
    }

    /// <summary>A write failed: the call's own outcome (deadline, server status) explains it better than the write's exception.</summary>
    private async Task<Status> FailedWriteStatusAsync(Exception ex)
    {
        var first = await Task.WhenAny(_finished.Task, Task.Delay(TimeSpan.FromSeconds(1))).ConfigureAwait(false);
        return first == _finished.Task ? await _finished.Task.ConfigureAwait(false) : StatusOf(ex);
    }

    private Status StatusOf(Exception ex)
    {
        if (_finished.Task.IsCompletedSuccessfully)
        {
            return _finished.Task.Result;
        }
        if (ex is RpcException rpc)
        {
            return rpc.Status;
        }
        if (DeadlinePassed)
        {
            return new Status(StatusCode.DeadlineExceeded, "Deadline exceeded.");
        }
        if (_options.CancellationToken.IsCancellationRequested || ex is OperationCanceledException)
        {
            return new Status(StatusCode.Cancelled, "The call was cancelled.");
        }
        for (var inner = ex; inner is not null; inner = inner.InnerException)
        {
            if (inner is HttpProtocolException protocol)
            {
                return ResponseStatus.FromHttp2Error(protocol.ErrorCode, protocol.Message);
            }
        }
        return new Status(StatusCode.Unavailable, "The server could not be reached: " + ex.Message);
    }

    private Status Settle(Status status, Metadata? trailers)
    {
        if (_finished.TrySetResult(status))
        {
            _trailers = trailers ?? new Metadata();
            _headers.TrySetResult(new Metadata());
            if (status.Code != StatusCode.OK)
            {
                _body?.Complete();
            }
        }
        return _finished.Task.Result;
    }

    private RpcException Fail(Status status)
    {
        Settle(status, _trailers);
        _cancellation.Cancel();
        return new RpcException(_finished.Task.Result, _trailers);
    }

    private void ThrowIfFailed(Status status)
    {
        if (status.Code != StatusCode.OK)
        {
            throw new RpcException(status, _trailers);
        }
    }
}
