using CchcGrpc.Server.Wire;
using CchcGrpc.Wire;
using Google.Protobuf;
using Grpc.Testing;

namespace CchcGrpc.Interop;

/// <summary>
/// Our server's grpc.testing.TestService, with everything the interop spec
/// (grpc/doc/interop-test-descriptions.md, "Server") asks of a server: payload sizes, echoed
/// status and metadata, compressed responses per message, checks of compressed requests, and
/// interval sleeps that end when the call does.
/// </summary>
public sealed class TestServiceImpl
{
    public const string EchoInitialKey = "x-grpc-test-echo-initial";
    public const string EchoTrailingKey = "x-grpc-test-echo-trailing-bin";

    private static readonly byte[] SharedZeros = new byte[1 << 20];

    public async Task<Empty> EmptyCall(Empty request, ServerCallContext context)
    {
        await EchoMetadataAsync(context).ConfigureAwait(false);
        return new Empty();
    }

    public async Task<SimpleResponse> UnaryCall(SimpleRequest request, ServerCallContext context)
    {
        // Before the echo: the response encoding goes out with the response headers.
        if (request.ResponseCompressed?.Value == true)
        {
            context.ResponseCompression = MessageCompression.Gzip;
        }
        await EchoMetadataAsync(context).ConfigureAwait(false);
        CheckCompression(request.ExpectCompressed, context);
        ThrowIfStatusRequested(request.ResponseStatus);
        return new SimpleResponse { Payload = Zeros(request.ResponseSize) };
    }

    public async Task<SimpleResponse> CacheableUnaryCall(SimpleRequest request, ServerCallContext context)
    {
        // A timestamp body lets a caller tell whether a caching proxy answered instead of us.
        await EchoMetadataAsync(context, new MetadataEntry("cache-control", "max-age=60, public")).ConfigureAwait(false);
        CheckCompression(request.ExpectCompressed, context);
        ThrowIfStatusRequested(request.ResponseStatus);
        var stamp = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        return new SimpleResponse
        {
            Payload = new Payload { Type = PayloadType.Compressable, Body = ByteString.CopyFromUtf8(stamp) },
        };
    }

    public async Task StreamingOutputCall(StreamingOutputCallRequest request, IServerStreamWriter<StreamingOutputCallResponse> responses, ServerCallContext context)
    {
        await StartStreamAsync(context).ConfigureAwait(false);
        ThrowIfStatusRequested(request.ResponseStatus);
        await StreamResponsesAsync(request, responses, context).ConfigureAwait(false);
    }

    public async Task<StreamingInputCallResponse> StreamingInputCall(IAsyncEnumerable<StreamingInputCallRequest> requests, ServerCallContext context)
    {
        await EchoMetadataAsync(context).ConfigureAwait(false);
        var total = 0;
        await foreach (var request in requests.ConfigureAwait(false))
        {
            CheckCompression(request.ExpectCompressed, context);
            total += request.Payload?.Body.Length ?? 0;
        }
        return new StreamingInputCallResponse { AggregatedPayloadSize = total };
    }

    public async Task FullDuplexCall(IAsyncEnumerable<StreamingOutputCallRequest> requests, IServerStreamWriter<StreamingOutputCallResponse> responses, ServerCallContext context)
    {
        await StartStreamAsync(context).ConfigureAwait(false);
        await foreach (var request in requests.ConfigureAwait(false))
        {
            ThrowIfStatusRequested(request.ResponseStatus);
            await StreamResponsesAsync(request, responses, context).ConfigureAwait(false);
        }
    }

    public async Task HalfDuplexCall(IAsyncEnumerable<StreamingOutputCallRequest> requests, IServerStreamWriter<StreamingOutputCallResponse> responses, ServerCallContext context)
    {
        await StartStreamAsync(context).ConfigureAwait(false);
        var buffered = new List<StreamingOutputCallRequest>();
        await foreach (var request in requests.ConfigureAwait(false))
        {
            buffered.Add(request);
        }
        foreach (var request in buffered)
        {
            ThrowIfStatusRequested(request.ResponseStatus);
            await StreamResponsesAsync(request, responses, context).ConfigureAwait(false);
        }
    }

    /// <summary>Bound like every method (binding demands it) but, as the spec says, never implemented.</summary>
    public Task<Empty> UnimplementedCall(Empty request, ServerCallContext context) =>
        throw new RpcException(StatusCode.Unimplemented, "grpc.testing.TestService/UnimplementedCall is not implemented, on purpose.");

    private static Payload Zeros(int size)
    {
        if (size < 0)
        {
            throw new RpcException(StatusCode.InvalidArgument, $"Payload size {size} is negative.");
        }
        // Payloads are all zeros and never written to, so responses share one buffer (the
        // benchmark serves this service too, and should measure the wire, not the allocator).
        var body = size <= SharedZeros.Length
            ? UnsafeByteOperations.UnsafeWrap(SharedZeros.AsMemory(0, size))
            : ByteString.CopyFrom(new byte[size]);
        return new Payload { Type = PayloadType.Compressable, Body = body };
    }

    /// <summary>
    /// Streams choose compression per message (ResponseParameters.compressed), but the encoding
    /// is fixed by the response headers, which the echo may send before any request is read:
    /// so every stream announces gzip and each message opts in or out.
    /// </summary>
    private static Task StartStreamAsync(ServerCallContext context)
    {
        context.ResponseCompression = MessageCompression.Gzip;
        context.CompressResponses = false;
        return EchoMetadataAsync(context);
    }

    private static async Task StreamResponsesAsync(StreamingOutputCallRequest request, IServerStreamWriter<StreamingOutputCallResponse> responses, ServerCallContext context)
    {
        foreach (var parameters in request.ResponseParameters)
        {
            if (parameters.IntervalUs > 0)
            {
                // Cancelled with the call, so a client that leaves does not keep a handler asleep.
                await Task.Delay(TimeSpan.FromMicroseconds(parameters.IntervalUs), context.CancellationToken).ConfigureAwait(false);
            }
            context.CompressResponses = parameters.Compressed?.Value == true;
            await responses.WriteAsync(new StreamingOutputCallResponse { Payload = Zeros(parameters.Size) }, context.CancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Echoes x-grpc-test-echo-initial in the response headers and x-grpc-test-echo-trailing-bin in the trailers.</summary>
    private static async Task EchoMetadataAsync(ServerCallContext context, MetadataEntry? extraHeader = null)
    {
        foreach (var entry in context.RequestHeaders.GetAll(EchoTrailingKey))
        {
            context.ResponseTrailers.Add(entry);
        }
        var headers = new Metadata();
        foreach (var entry in context.RequestHeaders.GetAll(EchoInitialKey))
        {
            headers.Add(entry);
        }
        if (extraHeader is not null)
        {
            headers.Add(extraHeader);
        }
        if (headers.Count > 0)
        {
            await context.WriteResponseHeadersAsync(headers).ConfigureAwait(false);
        }
    }

    /// <summary>expect_compressed, when set, must match how the request message actually arrived.</summary>
    private static void CheckCompression(BoolValue? expectCompressed, ServerCallContext context)
    {
        if (expectCompressed is null)
        {
            return;
        }
        if (expectCompressed.Value && !context.LastRequestCompressed)
        {
            throw new RpcException(StatusCode.InvalidArgument, "Expected a compressed request message, got an uncompressed one.");
        }
        if (!expectCompressed.Value && context.LastRequestCompressed)
        {
            throw new RpcException(StatusCode.InvalidArgument, "Expected an uncompressed request message, got a compressed one.");
        }
    }

    private static void ThrowIfStatusRequested(EchoStatus? status)
    {
        if (status is { Code: not 0 })
        {
            throw new RpcException((StatusCode)status.Code, status.Message);
        }
    }
}
