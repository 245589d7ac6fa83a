namespace CchcGrpc.Wire.Client;

/// <summary>Sends the request messages of a client-streaming or bidi call.</summary>
public interface IClientStreamWriter<in T>
{
    /// <param name="compress">With CallOptions.Compression set, false sends this message uncompressed.</param>
    Task WriteAsync(T message, bool compress = true);

    /// <summary>Half-closes the call: no more requests.</summary>
    Task CompleteAsync();
}
