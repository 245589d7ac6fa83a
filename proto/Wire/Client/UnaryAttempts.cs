using Google.Protobuf;

namespace CchcGrpc.Wire.Client;

/// <summary>
/// A unary call, retried with backoff only when marked idempotent and the server was not reached
/// (UNAVAILABLE before any response): a non-idempotent write is never sent twice.
/// </summary>
internal sealed class UnaryAttempts<TRequest, TResponse>(GrpcChannel channel, Method<TRequest, TResponse> method, TRequest request, CallOptions options)
    where TRequest : class, IMessage<TRequest>
    where TResponse : class, IMessage<TResponse>
{
    private readonly TaskCompletionSource<Metadata> _headers = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private ClientCall<TRequest, TResponse>? _current;

    public Task<Metadata> ResponseHeadersAsync => _headers.Task;

    public async Task<TResponse> RunAsync()
    {
        var attempts = options.Idempotent ? Math.Max(1, channel.Options.MaxAttempts) : 1;
        for (var attempt = 1; ; attempt++)
        {
            var call = new ClientCall<TRequest, TResponse>(channel, method, options);
            Interlocked.Exchange(ref _current, call)?.Dispose();
            call.Start(request);
            var last = attempt == attempts;
            _ = call.ResponseHeadersAsync.ContinueWith(
                t =>
                {
                    // Headers of an attempt that will be retried belong to no one.
                    if (last || call.ReceivedResponse)
                    {
                        _headers.TrySetResult(t.Result);
                    }
                },
                TaskScheduler.Default);
            try
            {
                return await call.ReadSingleAsync().ConfigureAwait(false);
            }
            catch (RpcException ex) when (!last && attempt < attempts && ex.StatusCode == StatusCode.Unavailable && !call.ReceivedResponse)
            {
                var backoff = TimeSpan.FromMilliseconds(100 * Math.Pow(2, attempt - 1) * (0.8 + Random.Shared.NextDouble() * 0.4));
                if (options.Deadline is { } deadline && DateTime.UtcNow + backoff >= deadline.ToUniversalTime())
                {
                    throw;
                }
                await Task.Delay(backoff, options.CancellationToken).ConfigureAwait(false);
            }
        }
    }

    public Status GetStatus() => (_current ?? throw new InvalidOperationException("The call has not started.")).GetStatus();

    public Metadata GetTrailers() => (_current ?? throw new InvalidOperationException("The call has not started.")).GetTrailers();

    public void Dispose() => _current?.Dispose();
}
