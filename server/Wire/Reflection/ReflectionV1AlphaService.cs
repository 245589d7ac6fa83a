using Google.Protobuf;
using V1 = Grpc.Reflection.V1;
using V1Alpha = Grpc.Reflection.V1Alpha;

namespace CchcGrpc.Server.Wire.Reflection;

/// <summary>
/// grpc.reflection.v1alpha, still what many tools ask first. Its messages are byte-for-byte the
/// v1 messages, so requests and answers are converted through the wire format, not re-implemented.
/// </summary>
public sealed class ReflectionV1AlphaService(ReflectionService v1)
{
    public static ServiceDescriptor Descriptor => V1Alpha.ReflectionReflection.Descriptor.Services[0];

    public async Task ServerReflectionInfo(IAsyncEnumerable<V1Alpha.ServerReflectionRequest> requests, IServerStreamWriter<V1Alpha.ServerReflectionResponse> responses, ServerCallContext context)
    {
        await foreach (var request in requests.WithCancellation(context.CancellationToken).ConfigureAwait(false))
        {
            var answer = v1.Answer(V1.ServerReflectionRequest.Parser.ParseFrom(request.ToByteString()));
            await responses.WriteAsync(V1Alpha.ServerReflectionResponse.Parser.ParseFrom(answer.ToByteString()), context.CancellationToken).ConfigureAwait(false);
        }
    }
}
