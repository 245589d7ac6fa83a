namespace CchcGrpc.Wire.Client;

/// <summary>Reads the response messages of a streaming call, one at a time.</summary>
public interface IAsyncStreamReader<out T>
{
    T Current { get; }

    /// <summary>Advances to the next message; false at the end of a successful stream; throws <see cref="RpcException"/> on failure.</summary>
    Task<bool> MoveNext(CancellationToken cancellationToken = default);
}
