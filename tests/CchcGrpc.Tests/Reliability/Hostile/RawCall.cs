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
                        // No single answer ends a duplex call early: the call's deadline bounds its writes.
                        await SendAllAsync(duplex.RequestStream, messages, Task.Delay(Timeout.Infinite));
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
                // The server may answer before reading it all (a refused caller, a message over the limit):
                // a write still waiting for flow-control room would then wait for ever (one run in four hung
                // here), so the answer ends the writes; disposing the call abandons the one in flight.
                var write = stream.WriteAsync(message);
                if (await Task.WhenAny(write, response) != write)
                {
                    _ = write.ContinueWith(w => w.Exception, TaskScheduler.Default);
                    return;
                }
                await write;
            }
            await stream.CompleteAsync();
        }
        catch (Exception) when (!response.IsCompletedSuccessfully)
        {
            // The answer, not the broken write, says how the call ended.
        }
    }
}
