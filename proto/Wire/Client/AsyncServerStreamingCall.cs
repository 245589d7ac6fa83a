namespace CchcGrpc.Wire.Client;

/// <summary>A server-streaming call in flight: read <see cref="ResponseStream"/> to the end.</summary>
public sealed class AsyncServerStreamingCall<TResponse> : IDisposable
{
    private readonly IDisposable _call;
    private readonly Func<Status> _status;
    private readonly Func<Metadata> _trailers;

    internal AsyncServerStreamingCall(IAsyncStreamReader<TResponse> responses, Task<Metadata> headers, Func<Status> status, Func<Metadata> trailers, IDisposable call)
    {
        ResponseStream = responses;
        ResponseHeadersAsync = headers;
        _status = status;
        _trailers = trailers;
        _call = call;
    }

    public IAsyncStreamReader<TResponse> ResponseStream { get; }

    public Task<Metadata> ResponseHeadersAsync { get; }

    public Status GetStatus() => _status();

    public Metadata GetTrailers() => _trailers();

    public void Dispose() => _call.Dispose();
}
