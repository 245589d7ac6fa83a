using System.Buffers;
using System.Buffers.Binary;
using System.IO.Pipelines;
using Google.Protobuf;

namespace CchcGrpc.Wire;

/// <summary>
/// Reads length-prefixed gRPC messages (1 flag byte, 4-byte big-endian length, payload) from a pipe.
/// A message may span any number of DATA frames; the pipe hides those boundaries, so this only
/// waits until the whole message is buffered.
/// </summary>
public sealed class MessageReader
{
    private const int HeaderSize = 5;
    private readonly PipeReader _reader;
    private readonly int _maxMessageSize;
    private readonly string? _encoding;

    /// <param name="encoding">The stream's grpc-encoding; a compressed message without one is a protocol error.</param>
    public MessageReader(PipeReader reader, int maxMessageSize, string? encoding)
    {
        _reader = reader;
        _maxMessageSize = maxMessageSize;
        _encoding = encoding is null or "" or MessageCompression.Identity ? null : encoding;
    }

    /// <summary>Whether the last message read had the compressed flag set.</summary>
    public bool LastMessageCompressed { get; private set; }

    /// <summary>The next message, or null when the stream ended cleanly between messages.</summary>
    public async ValueTask<T?> ReadAsync<T>(MessageParser<T> parser, CancellationToken cancellationToken)
        where T : class, IMessage<T>
    {
        while (true)
        {
            var result = await _reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            var buffer = result.Buffer;
            if (TryTakeFrame(ref buffer, out var compressed, out var payload))
            {
                LastMessageCompressed = compressed;
                try
                {
                    return Parse(parser, compressed, payload);
                }
                finally
                {
                    _reader.AdvanceTo(buffer.Start);
                }
            }
            if (result.IsCompleted)
            {
                var leftover = buffer.Length;
                _reader.AdvanceTo(buffer.End);
                if (leftover == 0)
                {
                    return null;
                }
                throw new RpcException(StatusCode.Internal, "The stream ended in the middle of a message.");
            }
            if (result.IsCanceled)
            {
                _reader.AdvanceTo(buffer.Start, buffer.End);
                throw new OperationCanceledException(cancellationToken);
            }
            _reader.AdvanceTo(buffer.Start, buffer.End);
        }
    }

    private bool TryTakeFrame(ref ReadOnlySequence<byte> buffer, out bool compressed, out ReadOnlySequence<byte> payload)
    {
        compressed = false;
        payload = default;
        if (buffer.Length < HeaderSize)
        {
            return false;
        }
        Span<byte> header = stackalloc byte[HeaderSize];
        buffer.Slice(0, HeaderSize).CopyTo(header);
        if (header[0] > 1)
        {
            throw new RpcException(StatusCode.Internal, $"Invalid message flag byte {header[0]}.");
        }
        var length = BinaryPrimitives.ReadUInt32BigEndian(header[1..]);
        if (length > (uint)_maxMessageSize)
        {
            throw new RpcException(StatusCode.ResourceExhausted,
                $"Received message of {length} bytes exceeds the limit of {_maxMessageSize} bytes.");
        }
        if (buffer.Length < HeaderSize + length)
        {
            return false;
        }
        compressed = header[0] == 1;
        if (compressed && _encoding is null)
        {
            throw new RpcException(StatusCode.Internal, "Message is flagged compressed but the stream has no grpc-encoding.");
        }
        payload = buffer.Slice(HeaderSize, length);
        buffer = buffer.Slice(payload.End);
        return true;
    }

    private T Parse<T>(MessageParser<T> parser, bool compressed, ReadOnlySequence<byte> payload)
        where T : class, IMessage<T>
    {
        try
        {
            return compressed
                ? parser.ParseFrom(MessageCompression.Decompress(payload.ToArray(), _maxMessageSize))
                : parser.ParseFrom(payload);
        }
        catch (InvalidProtocolBufferException ex)
        {
            throw new RpcException(StatusCode.Internal, "Message could not be parsed: " + ex.Message);
        }
    }
}
