using CchcGrpc.Wire;
using CchcGrpc.Wire.Client;
using Google.Protobuf;
using Grpc.Testing;

namespace CchcGrpc.Tests.Interop;

/// <summary>
/// timeout_on_sleeping_server, many times over: a deadline that passes while the first request
/// is being written must end the call with DEADLINE_EXCEEDED, never CANCELLED. The race it
/// guards against showed up in about 1 run in 80, too rarely for the single interop row to catch.
/// </summary>
public sealed class DeadlineRaceTests(OurInteropServer server) : IClassFixture<OurInteropServer>
{
    private const int Rounds = 1000;

    private static readonly Method<StreamingOutputCallRequest, StreamingOutputCallResponse> FullDuplexCall =
        Method<StreamingOutputCallRequest, StreamingOutputCallResponse>.From(TestReflection.Descriptor.Services[0].FindMethodByName("FullDuplexCall"));

    [Fact]
    public async Task A_deadline_passing_during_a_write_is_always_DEADLINE_EXCEEDED()
    {
        using var channel = GrpcChannel.ForAddress(server.Address);
        var request = new StreamingOutputCallRequest { Payload = new Payload { Body = ByteString.CopyFrom(new byte[27182]) } };
        var outcomes = new Dictionary<string, int>(StringComparer.Ordinal);
        var failures = 0;
        for (var i = 0; i < Rounds; i++)
        {
            using var call = channel.DuplexStreamingCall(FullDuplexCall, new CallOptions(Deadline: DateTime.UtcNow.AddMilliseconds(1)));
            var write = await OutcomeAsync(() => call.RequestStream.WriteAsync(request));
            var read = await OutcomeAsync(async () =>
            {
                while (await call.ResponseStream.MoveNext())
                {
                }
            });
            var key = $"write {write}, then read {read}";
            outcomes[key] = outcomes.GetValueOrDefault(key) + 1;
            // The request may or may not get out before the deadline; the call's status must say DEADLINE_EXCEEDED.
            if (write is not ("OK" or "DeadlineExceeded") || read != "DeadlineExceeded")
            {
                failures++;
            }
        }
        Assert.True(failures == 0, $"Outcomes of {Rounds} calls with a 1 ms deadline: {string.Join("; ", outcomes.Select(o => $"{o.Key}: {o.Value}"))}");
    }

    private static async Task<string> OutcomeAsync(Func<Task> action)
    {
        try
        {
            await action();
            return "OK";
        }
        catch (RpcException ex)
        {
            return ex.StatusCode == StatusCode.DeadlineExceeded ? "DeadlineExceeded" : $"{ex.StatusCode} ('{ex.Status.Detail}')";
        }
        catch (Exception ex)
        {
            return $"threw {ex.GetType().Name} instead of RpcException";
        }
    }
}
