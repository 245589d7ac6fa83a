using System.Runtime.CompilerServices;

namespace CchcGrpc.Wire.Client;

/// <summary>A unary call in flight. Await it (or <see cref="ResponseAsync"/>) for the response.</summary>
public sealed class AsyncUnaryCall<TResponse> : IDisposable
{
    private readonly Func<Status> _status;
    private readonly Func<Metadata> _trailers;
    private readonly Action _dispose;

    internal AsyncUnaryCall(Task<TResponse> response, Task<Metadata> headers, Func<Status> status, Func<Metadata> trailers, Action dispose)
    {
        ResponseAsync = response;
        ResponseHeadersAsync = headers;
        _status = status;
        _trailers = trailers;
        _dispose = dispose;
    }

    public Task<TResponse> ResponseAsync { get; }

    public Task<Metadata> ResponseHeadersAsync { get; }

    public Status GetStatus() => _status();

    public Metadata GetTrailers() => _trailers();

    public TaskAwaiter<TResponse> GetAwaiter() => ResponseAsync.GetAwaiter();

    /// <summary>Cancels the call if it is still running.</summary>
    public void Dispose() => _dispose();
}
