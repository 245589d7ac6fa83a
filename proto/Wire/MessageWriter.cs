using System.Buffers;
using System.Buffers.Binary;
using Google.Protobuf;

namespace CchcGrpc.Wire;

/// <summary>Writes one length-prefixed gRPC message into a buffer writer (a pipe, usually).</summary>
public static class MessageWriter
{
    private const int HeaderSize = 5;

    /// <param name="compress">Gzip the payload and set the compressed flag; the stream must carry grpc-encoding: gzip.</param>
    public static void Write(IBufferWriter<byte> output, IMessage message, bool compress, int maxMessageSize)
    {
        var size = message.CalculateSize();
        if (size > maxMessageSize)
        {
            throw new RpcException(StatusCode.ResourceExhausted,
                $"Sent message of {size} bytes exceeds the limit of {maxMessageSize} bytes.");
        }
        if (compress)
        {
            var compressed = MessageCompression.Compress(message.ToByteArray());
            WriteHeader(output, true, compressed.Length);
            output.Write(compressed);
            return;
        }
        WriteHeader(output, false, size);
        if (size > 0)
        {
            var span = output.GetSpan(size)[..size];
            message.WriteTo(span);
            output.Advance(size);
        }
    }

    private static void WriteHeader(IBufferWriter<byte> output, bool compressed, int length)
    {
        var header = output.GetSpan(HeaderSize);
        header[0] = compressed ? (byte)1 : (byte)0;
        BinaryPrimitives.WriteUInt32BigEndian(header[1..], (uint)length);
        output.Advance(HeaderSize);
    }
}
