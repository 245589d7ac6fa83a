using System.Buffers.Binary;
using System.Text;
using CchcGrpc.Bench.Protos;
using Google.Protobuf;

namespace CchcGrpc.Bench.Wire;

/// <summary>The one request every server answers, and the exact response bytes expected back.</summary>
internal static class EchoPayload
{
    public const string MethodPath = "/cchc.bench.BenchService/Echo";

    /// <summary>32 bytes; the response echoes them, so request and response frames are alike.</summary>
    public static readonly ByteString Payload = ByteString.CopyFrom("cchc-bench-echo-payload-32-bytes", Encoding.ASCII);

    /// <summary>The request as sent on the wire: 5-byte gRPC frame header plus the EchoRequest.</summary>
    public static readonly byte[] FramedRequest = Frame(new EchoRequest { Payload = Payload });

    /// <summary>The response every server must send (uncompressed).</summary>
    public static readonly byte[] FramedResponse = Frame(new EchoResponse { Payload = Payload });

    private static byte[] Frame(IMessage message)
    {
        var body = message.ToByteArray();
        var framed = new byte[5 + body.Length];
        BinaryPrimitives.WriteUInt32BigEndian(framed.AsSpan(1, 4), (uint)body.Length);
        body.CopyTo(framed, 5);
        return framed;
    }
}
