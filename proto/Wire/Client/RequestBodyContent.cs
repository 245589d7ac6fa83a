using System.Net;

namespace CchcGrpc.Wire.Client;

/// <summary>
/// The request body of a streaming call. SocketsHttpHandler hands us the HTTP/2 stream once the
/// headers are out; writers wait for it, and the body ends when the call half-closes.
/// </summary>
internal sealed class RequestBodyContent : HttpContent
{
    private readonly TaskCompletionSource<Stream> _stream = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _completed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task<Stream> StreamAsync => _stream.Task;

    public void Complete() => _completed.TrySetResult();

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
        SerializeToStreamAsync(stream, context, CancellationToken.None);

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken)
    {
        _stream.TrySetResult(stream);
        await _completed.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    protected override bool TryComputeLength(out long length)
    {
        length = -1;
        return false;
    }

    protected override void Dispose(bool disposing)
    {
        _completed.TrySetResult();
        _stream.TrySetCanceled();
        base.Dispose(disposing);
    }
}
