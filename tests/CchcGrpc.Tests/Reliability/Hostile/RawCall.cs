using Google.Protobuf.Reflection;
using Grpc.Core;
using Grpc.Net.Client;

namespace CchcGrpc.Tests.Reliability.Hostile;

/// <summary>
/// Calls any method by its descriptor with the given message bytes (several for a client stream),
/// within a deadline, and says how the call ended: its status, and the server's message.
/// </summary>
public static class RawCall
{
    private static readonly Marshaller<byte[]> Bytes = Marshallers.Create(b => b, b => b);

    public static async Task<Status> RunAsync(GrpcChannel channel, MethodDescriptor method, IReadOnlyList<byte[]> messages, Metadata headers, TimeSpan deadline)
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
        var options = new CallOptions(headers, DateTime.UtcNow + deadline);
        try
        {
            switch (type)
            {
                case MethodType.Unary:
                    await invoker.AsyncUnaryCall(call, null, options, messages[0]);
                    break;
                case MethodType.ServerStreaming:
                    using (var reading = invoker.AsyncServerStreamingCall(call, null, options, messages[0]))
                    {
                        while (await reading.ResponseStream.MoveNext(CancellationToken.None))
                        {
                        }
                    }
                    break;
                case MethodType.ClientStreaming:
                    using (var streaming = invoker.AsyncClientStreamingCall(call, null, options))
                    {
                        await SendAllAsync(streaming.RequestStream, messages, streaming.ResponseAsync);
                        await streaming.ResponseAsync;
                    }
                    break;
                default:
                    using (var duplex = invoker.AsyncDuplexStreamingCall(call, null, options))
                    {
                        await SendAllAsync(duplex.RequestStream, messages, Task.CompletedTask);
                        while (await duplex.ResponseStream.MoveNext(CancellationToken.None))
                        {
                        }
                    }
                    break;
            }
            return Status.DefaultSuccess;
        }
        catch (RpcException ex)
        {
            return ex.Status;
        }
    }

    private static async Task SendAllAsync(IClientStreamWriter<byte[]> stream, IReadOnlyList<byte[]> messages, Task response)
    {
        try
        {
            foreach (var message in messages)
            {
                await stream.WriteAsync(message);
            }
            await stream.CompleteAsync();
        }
        catch (Exception) when (!response.IsCompletedSuccessfully)
        {
            // The server may end the call before reading it all (a refused caller, a bad batch):
            // the answer, not the broken write, says how the call ended.
        }
    }
}
