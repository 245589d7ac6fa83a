using Google.Protobuf;
using Google.Protobuf.Reflection;
using Grpc.Core;
using Grpc.Net.Client;

namespace CchcGrpc.Tests.Wire;

/// <summary>Calls any method by its descriptor with message bytes, whatever its kind, and returns the status it ends with.</summary>
public static class RawCalls
{
    private static readonly Marshaller<byte[]> Bytes = Marshallers.Create(b => b, b => b);

    public static async Task<StatusCode> StatusOfAsync(GrpcChannel channel, MethodDescriptor method, byte[] message, CallOptions options)
    {
        var type = (method.IsClientStreaming, method.IsServerStreaming) switch
        {
            (false, false) => MethodType.Unary,
            (true, false) => MethodType.ClientStreaming,
            (false, true) => MethodType.ServerStreaming,
            _ => MethodType.DuplexStreaming,
        };
        var call = new Method<byte[], byte[]>(type, method.Service.FullName, method.Name, Bytes, Bytes);
        var invoker = channel.CreateCallInvoker();
        options = options.WithDeadline(DateTime.UtcNow.AddSeconds(30));
        try
        {
            switch (type)
            {
                case MethodType.Unary:
                    await invoker.AsyncUnaryCall(call, null, options, message);
                    break;
                case MethodType.ClientStreaming:
                    using (var streaming = invoker.AsyncClientStreamingCall(call, null, options))
                    {
                        try
                        {
                            await streaming.RequestStream.WriteAsync(message);
                            await streaming.RequestStream.CompleteAsync();
                        }
                        catch (Exception) when (!streaming.ResponseAsync.IsCompletedSuccessfully)
                        {
                            // The server may end the call before it reads the stream (a refused caller):
                            // the answer, not the broken write, says how the call ended.
                        }
                        await streaming.ResponseAsync;
                    }
                    break;
                case MethodType.ServerStreaming:
                    using (var reading = invoker.AsyncServerStreamingCall(call, null, options, message))
                    {
                        while (await reading.ResponseStream.MoveNext(CancellationToken.None))
                        {
                        }
                    }
                    break;
                default:
                    using (var duplex = invoker.AsyncDuplexStreamingCall(call, null, options))
                    {
                        await duplex.RequestStream.WriteAsync(message);
                        await duplex.RequestStream.CompleteAsync();
                        while (await duplex.ResponseStream.MoveNext(CancellationToken.None))
                        {
                        }
                    }
                    break;
            }
            return StatusCode.OK;
        }
        catch (RpcException ex)
        {
            return ex.StatusCode;
        }
    }

    /// <summary>
    /// A request with every scalar field set to something no valid request has (negative numbers,
    /// junk names, an unknown enum value), so that a check of arguments would fail if it ran first.
    /// </summary>
    public static byte[] Hostile(MessageDescriptor type)
    {
        var message = (IMessage)Activator.CreateInstance(type.ClrType)!;
        foreach (var field in type.Fields.InDeclarationOrder().Where(f => !f.IsRepeated && !f.IsMap && f.ContainingOneof is null))
        {
            object? value = field.FieldType switch
            {
                FieldType.String => "reports/../60/2023-Q9\u0000",
                FieldType.Int32 or FieldType.SInt32 or FieldType.SFixed32 => -7,
                FieldType.Int64 or FieldType.SInt64 or FieldType.SFixed64 => -7L,
                FieldType.Bool => true,
                FieldType.Enum => 99,
                _ => null,
            };
            if (value is not null)
            {
                field.Accessor.SetValue(message, value);
            }
        }
        return message.ToByteArray();
    }
}
