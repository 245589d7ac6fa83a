namespace CchcGrpc.Wire.Client;

/// <summary>A client-streaming call in flight: write requests, complete, then await the response.</summary>
public sealed class AsyncClientStreamingCall<TRequest, TResponse> : IDisposable
{
    private readonly IDisposable _call;
    private readonly Func<Status> _status;
    private readonly Func<Metadata> _trailers;

    internal AsyncClientStreamingCall(IClientStreamWriter<TRequest> requests, Task<TResponse> response, Task<Metadata> headers, Func<Status> status, Func<Metadata> trailers, IDisposable call)
    {
        RequestStream = requests;
        ResponseAsync = response;
        ResponseHeadersAsync = headers;
        _status = status;
        _trailers = trailers;
        _call = call;
    }

    public IClientStreamWriter<TRequest> RequestStream { get; }

    public Task<TResponse> ResponseAsync { get; }

    public Task<Metadata> ResponseHeadersAsync { get; }

    public Status GetStatus() => _status();

    public Metadata GetTrailers() => _trailers();

    public void Dispose() => _call.Dispose();
}
