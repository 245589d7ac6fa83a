using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Net;

namespace CchcGrpc.Interop;

/// <summary>
/// An HTTP handler under the channel that notes the compressed flag of every gRPC message frame
/// in each response body, as it streams past. The channel API (rightly) hides that flag, but
/// server_compressed_streaming is about exactly that bit.
/// </summary>
internal sealed class ResponseFrameRecorder : DelegatingHandler
{
    private readonly ConcurrentDictionary<string, List<bool>> _lastFlagsByPath = new(StringComparer.Ordinal);

    public ResponseFrameRecorder(HttpMessageHandler inner)
        : base(inner)
    {
    }

    /// <summary>The compressed flags of the messages of the latest response on a path, in order.</summary>
    public IReadOnlyList<bool> LastResponseFlags(string path)
    {
        if (!_lastFlagsByPath.TryGetValue(path, out var flags))
        {
            return [];
        }
        lock (flags)
        {
            return [.. flags];
        }
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        var flags = new List<bool>();
        _lastFlagsByPath[request.RequestUri!.AbsolutePath] = flags;
        response.Content = new RecordingContent(response.Content, flags);
        return response;
    }

    private sealed class RecordingContent : HttpContent
    {
        private readonly HttpContent _inner;
        private readonly List<bool> _flags;

        public RecordingContent(HttpContent inner, List<bool> flags)
        {
            _inner = inner;
            _flags = flags;
            foreach (var (name, values) in inner.Headers)
            {
                Headers.TryAddWithoutValidation(name, values);
            }
        }

        protected override async Task<Stream> CreateContentReadStreamAsync(CancellationToken cancellationToken) =>
            new RecordingStream(await _inner.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false), _flags);

        protected override Task<Stream> CreateContentReadStreamAsync() => CreateContentReadStreamAsync(CancellationToken.None);

        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
            SerializeToStreamAsync(stream, context, CancellationToken.None);

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken)
        {
            await using var source = await CreateContentReadStreamAsync(cancellationToken).ConfigureAwait(false);
            await source.CopyToAsync(stream, cancellationToken).ConfigureAwait(false);
        }

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _inner.Dispose();
            }
            base.Dispose(disposing);
        }
    }

    /// <summary>Passes bytes through unchanged while following the 5-byte gRPC message prefixes.</summary>
    private sealed class RecordingStream(Stream inner, List<bool> flags) : Stream
    {
        private readonly byte[] _prefix = new byte[5];
        private int _prefixFilled;
        private long _bodyLeft;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = inner.Read(buffer, offset, count);
            Observe(buffer.AsSpan(offset, n));
            return n;
        }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            var n = await inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
            Observe(buffer.Span[..n]);
            return n;
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }
            base.Dispose(disposing);
        }

        private void Observe(ReadOnlySpan<byte> data)
        {
            while (!data.IsEmpty)
            {
                if (_bodyLeft > 0)
                {
                    var skip = (int)Math.Min(_bodyLeft, data.Length);
                    _bodyLeft -= skip;
                    data = data[skip..];
                    continue;
                }
                _prefix[_prefixFilled++] = data[0];
                data = data[1..];
                if (_prefixFilled == _prefix.Length)
                {
                    lock (flags)
                    {
                        flags.Add(_prefix[0] == 1);
                    }
                    _bodyLeft = BinaryPrimitives.ReadUInt32BigEndian(_prefix.AsSpan(1));
                    _prefixFilled = 0;
                }
            }
        }
    }
}
