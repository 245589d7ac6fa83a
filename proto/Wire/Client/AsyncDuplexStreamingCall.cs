namespace CchcGrpc.Wire.Client;

/// <summary>A bidi call in flight: requests and responses flow independently.</summary>
public sealed class AsyncDuplexStreamingCall<TRequest, TResponse> : IDisposable
{
    private readonly IDisposable _call;
    private readonly Func<Status> _status;
    private readonly Func<Metadata> _trailers;

    internal AsyncDuplexStreamingCall(IClientStreamWriter<TRequest> requests, IAsyncStreamReader<TResponse> responses, Task<Metadata> headers, Func<Status> status, Func<Metadata> trailers, IDisposable call)
    {
        RequestStream = requests;
        ResponseStream = responses;
        ResponseHeadersAsync = headers;
        _status = status;
        _trailers = trailers;
        _call = call;
    }

    public IClientStreamWriter<TRequest> RequestStream { get; }

    public IAsyncStreamReader<TResponse> ResponseStream { get; }

    public Task<Metadata> ResponseHeadersAsync { get; }

    public Status GetStatus() => _status();

    public Metadata GetTrailers() => _trailers();

    public void Dispose() => _call.Dispose();
}
