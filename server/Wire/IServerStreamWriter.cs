namespace CchcGrpc.Server.Wire;

/// <summary>Sends response messages of a server-streaming or bidi call, each flushed to the client at once.</summary>
public interface IServerStreamWriter<in T>
{
    Task WriteAsync(T message, CancellationToken cancellationToken = default);
}
