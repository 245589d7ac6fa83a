using CchcGrpc.Wire;
using CchcGrpc.Wire.Client;
using Google.Protobuf;
using Google.Protobuf.Reflection;
using Grpc.Testing;

namespace CchcGrpc.Interop;

/// <summary>
/// Our client's side of the interop cases (grpc/doc/interop-test-descriptions.md), run with our
/// <see cref="GrpcChannel"/> against any grpc.testing server. One method per case; each throws
/// <see cref="InteropCaseFailedException"/> saying what differed.
/// </summary>
public sealed class InteropClient : IDisposable
{
    public const string EchoInitialValue = "test_initial_metadata_value";
    public const string SpecialStatusMessage = "\t\ntest with whitespace\r\nand Unicode BMP ☺ and non-BMP 😈\t\n";

    /// <summary>The cases, by their spec names.</summary>
    public static IReadOnlyList<string> TestCases { get; } =
    [
        "empty_unary", "large_unary", "client_streaming", "server_streaming", "ping_pong", "empty_stream",
        "status_code_and_message", "special_status_message", "custom_metadata", "timeout_on_sleeping_server",
        "cancel_after_begin", "cancel_after_first_response", "unimplemented_method", "unimplemented_service",
        "client_compressed_unary", "server_compressed_streaming",
    ];

    private static readonly byte[] EchoTrailingValue = [0xab, 0xab, 0xab];
    private static readonly TimeSpan CallTimeout = TimeSpan.FromSeconds(30);

    private static readonly ServiceDescriptor TestService = TestReflection.Descriptor.Services[0];
    private static readonly Method<Empty, Empty> EmptyCallMethod = Method<Empty, Empty>.From(TestService.FindMethodByName("EmptyCall"));
    private static readonly Method<SimpleRequest, SimpleResponse> UnaryCallMethod = Method<SimpleRequest, SimpleResponse>.From(TestService.FindMethodByName("UnaryCall"));
    private static readonly Method<StreamingOutputCallRequest, StreamingOutputCallResponse> StreamingOutputCallMethod =
        Method<StreamingOutputCallRequest, StreamingOutputCallResponse>.From(TestService.FindMethodByName("StreamingOutputCall"));
    private static readonly Method<StreamingInputCallRequest, StreamingInputCallResponse> StreamingInputCallMethod =
        Method<StreamingInputCallRequest, StreamingInputCallResponse>.From(TestService.FindMethodByName("StreamingInputCall"));
    private static readonly Method<StreamingOutputCallRequest, StreamingOutputCallResponse> FullDuplexCallMethod =
        Method<StreamingOutputCallRequest, StreamingOutputCallResponse>.From(TestService.FindMethodByName("FullDuplexCall"));
    private static readonly Method<Empty, Empty> UnimplementedCallMethod = Method<Empty, Empty>.From(TestService.FindMethodByName("UnimplementedCall"));
    private static readonly Method<Empty, Empty> UnimplementedServiceMethod = Method<Empty, Empty>.From(TestReflection.Descriptor.Services[1].FindMethodByName("UnimplementedCall"));

    private readonly GrpcChannel _channel;
    private readonly ResponseFrameRecorder _recorder;

    public InteropClient(Uri address)
    {
        // The channel's own default handler; the recorder only watches.
        var options = new GrpcChannelOptions();
        _recorder = new ResponseFrameRecorder(GrpcChannel.CreateHandler(options));
        options.Handler = _recorder;
        _channel = GrpcChannel.ForAddress(address, options);
    }

    /// <summary>
    /// Whether the server can tell compressed request messages apart (ours can; grpcio and grpc-js
    /// servers do not show it to handlers). When false, client_compressed_unary leaves out the
    /// probe that expects INVALID_ARGUMENT for an uncompressed message sent as expect_compressed.
    /// </summary>
    public bool ServerChecksRequestCompression { get; init; } = true;

    /// <summary>
    /// Whether the server compresses responses per message (ours and grpcio do; grpc-js servers
    /// never compress). When true, server_compressed_streaming also checks each message's flag.
    /// </summary>
    public bool ServerCompressesResponses { get; init; } = true;

    /// <summary>Runs one case by its spec name.</summary>
    public async Task RunAsync(string testCase)
    {
        Func<Task> run = testCase switch
        {
            "empty_unary" => EmptyUnaryAsync,
            "large_unary" => LargeUnaryAsync,
            "client_streaming" => ClientStreamingAsync,
            "server_streaming" => ServerStreamingAsync,
            "ping_pong" => PingPongAsync,
            "empty_stream" => EmptyStreamAsync,
            "status_code_and_message" => StatusCodeAndMessageAsync,
            "special_status_message" => SpecialStatusMessageAsync,
            "custom_metadata" => CustomMetadataAsync,
            "timeout_on_sleeping_server" => TimeoutOnSleepingServerAsync,
            "cancel_after_begin" => CancelAfterBeginAsync,
            "cancel_after_first_response" => CancelAfterFirstResponseAsync,
            "unimplemented_method" => UnimplementedMethodAsync,
            "unimplemented_service" => UnimplementedServiceAsync,
            "client_compressed_unary" => ClientCompressedUnaryAsync,
            "server_compressed_streaming" => ServerCompressedStreamingAsync,
            _ => throw new ArgumentException($"Unknown interop case '{testCase}'.", nameof(testCase)),
        };
        try
        {
            await run().ConfigureAwait(false);
        }
        catch (RpcException ex)
        {
            throw new InteropCaseFailedException($"{testCase} against {_channel.Address}: unexpected status {ex.Status.Code}: '{ex.Status.Detail}'.", ex);
        }
        catch (InteropCaseFailedException ex)
        {
            throw new InteropCaseFailedException($"{testCase} against {_channel.Address}: {ex.Message}", ex);
        }
    }

    public async Task EmptyUnaryAsync()
    {
        var response = await UnaryAsync(EmptyCallMethod, new Empty(), Options()).ConfigureAwait(false);
        Check(response is not null, "no Empty response");
    }

    public async Task LargeUnaryAsync()
    {
        var response = await UnaryAsync(UnaryCallMethod, LargeRequest(), Options()).ConfigureAwait(false);
        CheckPayload(response.Payload, 314159, "response");
    }

    public async Task ClientStreamingAsync()
    {
        using var call = _channel.ClientStreamingCall(StreamingInputCallMethod, Options());
        foreach (var size in (int[])[27182, 8, 1828, 45904])
        {
            await call.RequestStream.WriteAsync(new StreamingInputCallRequest { Payload = Zeros(size) }).ConfigureAwait(false);
        }
        await call.RequestStream.CompleteAsync().ConfigureAwait(false);
        var response = await call.ResponseAsync.ConfigureAwait(false);
        Check(response.AggregatedPayloadSize == 74922, $"aggregated_payload_size {response.AggregatedPayloadSize}, expected 74922");
    }

    public async Task ServerStreamingAsync()
    {
        int[] sizes = [31415, 9, 2653, 58979];
        var request = new StreamingOutputCallRequest { ResponseType = PayloadType.Compressable };
        request.ResponseParameters.Add(sizes.Select(s => new ResponseParameters { Size = s }));
        using var call = _channel.ServerStreamingCall(StreamingOutputCallMethod, request, Options());
        var responses = await ReadAllAsync(call.ResponseStream).ConfigureAwait(false);
        Check(responses.Count == sizes.Length, $"{responses.Count} responses, expected {sizes.Length}");
        for (var i = 0; i < sizes.Length; i++)
        {
            CheckPayload(responses[i].Payload, sizes[i], $"response {i}");
        }
        Check(call.GetStatus().Code == StatusCode.OK, $"status {call.GetStatus()}, expected OK");
    }

    public async Task PingPongAsync()
    {
        int[] requestSizes = [27182, 8, 1828, 45904];
        int[] responseSizes = [31415, 9, 2653, 58979];
        using var call = _channel.DuplexStreamingCall(FullDuplexCallMethod, Options());
        for (var i = 0; i < requestSizes.Length; i++)
        {
            await call.RequestStream.WriteAsync(StreamingRequest(requestSizes[i], responseSizes[i])).ConfigureAwait(false);
            Check(await call.ResponseStream.MoveNext().ConfigureAwait(false), $"stream ended before response {i}");
            CheckPayload(call.ResponseStream.Current.Payload, responseSizes[i], $"response {i}");
        }
        await call.RequestStream.CompleteAsync().ConfigureAwait(false);
        Check(!await call.ResponseStream.MoveNext().ConfigureAwait(false), "server sent more responses than requested");
        Check(call.GetStatus().Code == StatusCode.OK, $"status {call.GetStatus()}, expected OK");
    }

    public async Task EmptyStreamAsync()
    {
        using var call = _channel.DuplexStreamingCall(FullDuplexCallMethod, Options());
        await call.RequestStream.CompleteAsync().ConfigureAwait(false);
        Check(!await call.ResponseStream.MoveNext().ConfigureAwait(false), "got a response, expected none");
        Check(call.GetStatus().Code == StatusCode.OK, $"status {call.GetStatus()}, expected OK");
    }

    public async Task StatusCodeAndMessageAsync()
    {
        const string message = "test status message";
        var status = new EchoStatus { Code = 2, Message = message };
        await ExpectStatusAsync(
            async () => await UnaryAsync(UnaryCallMethod, new SimpleRequest { ResponseStatus = status }, Options()).ConfigureAwait(false),
            StatusCode.Unknown, "UnaryCall", message).ConfigureAwait(false);

        using var call = _channel.DuplexStreamingCall(FullDuplexCallMethod, Options());
        await call.RequestStream.WriteAsync(new StreamingOutputCallRequest { ResponseStatus = status }).ConfigureAwait(false);
        await call.RequestStream.CompleteAsync().ConfigureAwait(false);
        await ExpectStatusAsync(() => ReadAllAsync(call.ResponseStream), StatusCode.Unknown, "FullDuplexCall", message).ConfigureAwait(false);
    }

    public Task SpecialStatusMessageAsync() =>
        ExpectStatusAsync(
            async () => await UnaryAsync(
                UnaryCallMethod,
                new SimpleRequest { ResponseStatus = new EchoStatus { Code = 2, Message = SpecialStatusMessage } },
                Options()).ConfigureAwait(false),
            StatusCode.Unknown, "UnaryCall", SpecialStatusMessage);

    public async Task CustomMetadataAsync()
    {
        using (var unary = _channel.UnaryCall(UnaryCallMethod, LargeRequest(), Options(EchoHeaders())))
        {
            var response = await unary.ResponseAsync.ConfigureAwait(false);
            CheckPayload(response.Payload, 314159, "UnaryCall response");
            CheckEcho(await unary.ResponseHeadersAsync.ConfigureAwait(false), unary.GetTrailers(), "UnaryCall");
        }

        using var call = _channel.DuplexStreamingCall(FullDuplexCallMethod, Options(EchoHeaders()));
        await call.RequestStream.WriteAsync(StreamingRequest(271828, 314159)).ConfigureAwait(false);
        await call.RequestStream.CompleteAsync().ConfigureAwait(false);
        var responses = await ReadAllAsync(call.ResponseStream).ConfigureAwait(false);
        Check(responses.Count == 1, $"FullDuplexCall: {responses.Count} responses, expected 1");
        CheckPayload(responses[0].Payload, 314159, "FullDuplexCall response");
        CheckEcho(await call.ResponseHeadersAsync.ConfigureAwait(false), call.GetTrailers(), "FullDuplexCall");
    }

    public async Task TimeoutOnSleepingServerAsync()
    {
        using var call = _channel.DuplexStreamingCall(FullDuplexCallMethod, new CallOptions(Deadline: DateTime.UtcNow.AddMilliseconds(1)));
        try
        {
            await call.RequestStream.WriteAsync(new StreamingOutputCallRequest { Payload = Zeros(27182) }).ConfigureAwait(false);
        }
        catch (RpcException)
        {
            // The spec lets the send fail; what it asserts is the call's status, read next.
            // (DeadlineRaceTests holds our client to the stricter rule that the write says so too.)
        }
        await ExpectStatusAsync(() => ReadAllAsync(call.ResponseStream), StatusCode.DeadlineExceeded, "FullDuplexCall").ConfigureAwait(false);
    }

    public async Task CancelAfterBeginAsync()
    {
        using var cancellation = new CancellationTokenSource();
        using var call = _channel.ClientStreamingCall(StreamingInputCallMethod, Options() with { CancellationToken = cancellation.Token });
        await cancellation.CancelAsync().ConfigureAwait(false);
        await ExpectStatusAsync(() => call.ResponseAsync, StatusCode.Cancelled, "StreamingInputCall").ConfigureAwait(false);
    }

    public async Task CancelAfterFirstResponseAsync()
    {
        using var cancellation = new CancellationTokenSource();
        using var call = _channel.DuplexStreamingCall(FullDuplexCallMethod, Options() with { CancellationToken = cancellation.Token });
        await call.RequestStream.WriteAsync(StreamingRequest(27182, 31415)).ConfigureAwait(false);
        Check(await call.ResponseStream.MoveNext().ConfigureAwait(false), "stream ended before the first response");
        CheckPayload(call.ResponseStream.Current.Payload, 31415, "first response");
        await cancellation.CancelAsync().ConfigureAwait(false);
        await ExpectStatusAsync(() => call.ResponseStream.MoveNext(), StatusCode.Cancelled, "after cancelling").ConfigureAwait(false);
    }

    public Task UnimplementedMethodAsync() =>
        ExpectStatusAsync(
            async () => await UnaryAsync(UnimplementedCallMethod, new Empty(), Options()).ConfigureAwait(false),
            StatusCode.Unimplemented, "TestService/UnimplementedCall");

    public Task UnimplementedServiceAsync() =>
        ExpectStatusAsync(
            async () => await UnaryAsync(UnimplementedServiceMethod, new Empty(), Options()).ConfigureAwait(false),
            StatusCode.Unimplemented, "UnimplementedService/UnimplementedCall");

    public async Task ClientCompressedUnaryAsync()
    {
        if (ServerChecksRequestCompression)
        {
            await ExpectStatusAsync(
                async () => await UnaryAsync(UnaryCallMethod, LargeRequest(expectCompressed: true), Options()).ConfigureAwait(false),
                StatusCode.InvalidArgument, "probe (uncompressed request sent as expect_compressed)").ConfigureAwait(false);
        }
        var compressed = await UnaryAsync(UnaryCallMethod, LargeRequest(expectCompressed: true), Options() with { Compression = MessageCompression.Gzip })
            .ConfigureAwait(false);
        CheckPayload(compressed.Payload, 314159, "response to the compressed request");
        var plain = await UnaryAsync(UnaryCallMethod, LargeRequest(expectCompressed: false), Options()).ConfigureAwait(false);
        CheckPayload(plain.Payload, 314159, "response to the uncompressed request");
    }

    public async Task ServerCompressedStreamingAsync()
    {
        var request = new StreamingOutputCallRequest
        {
            ResponseType = PayloadType.Compressable,
            ResponseParameters =
            {
                new ResponseParameters { Size = 31415, Compressed = new BoolValue { Value = true } },
                new ResponseParameters { Size = 92653, Compressed = new BoolValue { Value = false } },
            },
        };
        using var call = _channel.ServerStreamingCall(StreamingOutputCallMethod, request, Options());
        var responses = await ReadAllAsync(call.ResponseStream).ConfigureAwait(false);
        Check(responses.Count == 2, $"{responses.Count} responses, expected 2");
        CheckPayload(responses[0].Payload, 31415, "response 0");
        CheckPayload(responses[1].Payload, 92653, "response 1");
        if (ServerCompressesResponses)
        {
            var flags = _recorder.LastResponseFlags(StreamingOutputCallMethod.FullName);
            Check(flags.SequenceEqual([true, false]),
                $"compressed flags of the response messages were [{string.Join(", ", flags)}], expected [True, False]");
        }
    }

    public void Dispose() => _channel.Dispose();

    private async Task<TResponse> UnaryAsync<TRequest, TResponse>(Method<TRequest, TResponse> method, TRequest request, CallOptions options)
        where TRequest : class, IMessage<TRequest>
        where TResponse : class, IMessage<TResponse>
    {
        using var call = _channel.UnaryCall(method, request, options);
        return await call.ResponseAsync.ConfigureAwait(false);
    }

    private static CallOptions Options(Metadata? headers = null) => new(Headers: headers, Deadline: DateTime.UtcNow + CallTimeout);

    private static Payload Zeros(int size) => new() { Type = PayloadType.Compressable, Body = ByteString.CopyFrom(new byte[size]) };

    private static SimpleRequest LargeRequest(bool? expectCompressed = null)
    {
        var request = new SimpleRequest { ResponseType = PayloadType.Compressable, ResponseSize = 314159, Payload = Zeros(271828) };
        if (expectCompressed is { } expect)
        {
            request.ExpectCompressed = new BoolValue { Value = expect };
        }
        return request;
    }

    private static StreamingOutputCallRequest StreamingRequest(int requestSize, int responseSize) => new()
    {
        ResponseType = PayloadType.Compressable,
        Payload = Zeros(requestSize),
        ResponseParameters = { new ResponseParameters { Size = responseSize } },
    };

    private static Metadata EchoHeaders() => new Metadata()
        .Add(TestServiceImpl.EchoInitialKey, EchoInitialValue)
        .Add(TestServiceImpl.EchoTrailingKey, EchoTrailingValue);

    private static void CheckEcho(Metadata headers, Metadata trailers, string what)
    {
        var initial = headers.GetAll(TestServiceImpl.EchoInitialKey).Select(e => e.IsBinary ? "(binary)" : e.Value).ToList();
        Check(initial.SequenceEqual([EchoInitialValue]),
            $"{what}: response headers had {TestServiceImpl.EchoInitialKey}=[{string.Join(", ", initial)}], expected [{EchoInitialValue}]");
        var trailing = trailers.GetAll(TestServiceImpl.EchoTrailingKey).Select(e => Convert.ToHexString(e.ValueBytes)).ToList();
        Check(trailing.SequenceEqual([Convert.ToHexString(EchoTrailingValue)]),
            $"{what}: trailers had {TestServiceImpl.EchoTrailingKey}=[{string.Join(", ", trailing)}], expected [ABABAB]");
    }

    private static void CheckPayload(Payload? payload, int size, string what)
    {
        Check(payload is not null, $"{what}: no payload");
        Check(payload!.Type == PayloadType.Compressable, $"{what}: payload type {payload.Type}, expected COMPRESSABLE");
        Check(payload.Body.Length == size, $"{what}: payload of {payload.Body.Length} bytes, expected {size}");
        Check(!payload.Body.Span.ContainsAnyExcept((byte)0), $"{what}: payload bytes are not all zero");
    }

    private static async Task<List<T>> ReadAllAsync<T>(IAsyncStreamReader<T> reader)
    {
        var all = new List<T>();
        while (await reader.MoveNext().ConfigureAwait(false))
        {
            all.Add(reader.Current);
        }
        return all;
    }

    private static async Task ExpectStatusAsync(Func<Task> call, StatusCode code, string what, string? detail = null)
    {
        try
        {
            await call().ConfigureAwait(false);
        }
        catch (RpcException ex)
        {
            Check(ex.StatusCode == code, $"{what}: status {ex.StatusCode} ('{ex.Status.Detail}'), expected {code}");
            if (detail is not null)
            {
                Check(ex.Status.Detail == detail, $"{what}: message {Quote(ex.Status.Detail)}, expected {Quote(detail)}");
            }
            return;
        }
        throw new InteropCaseFailedException($"{what}: the call succeeded, expected status {code}");
    }

    private static string Quote(string text) => "\"" + text.Replace("\t", "\\t", StringComparison.Ordinal)
        .Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal) + "\"";

    private static void Check(bool condition, string message)
    {
        if (!condition)
        {
            throw new InteropCaseFailedException(message);
        }
    }
}
