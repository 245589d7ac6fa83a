using System.Net;

namespace CchcGrpc.Wire.Client;

/// <summary>The request body of a unary or server-streaming call: one framed message, written at once.</summary>
internal sealed class SingleMessageContent(ReadOnlyMemory<byte> frame) : HttpContent
{
    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
        stream.WriteAsync(frame).AsTask();

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken) =>
        stream.WriteAsync(frame, cancellationToken).AsTask();

    protected override bool TryComputeLength(out long length)
    {
        length = frame.Length;
        return true;
    }
}
