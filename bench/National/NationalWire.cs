using System.Diagnostics;
using Cchc.V1;
using CchcGrpc.Wire;
using CchcGrpc.Wire.Client;

namespace CchcGrpc.Bench.National;

/// <summary>The measured calls, made over the wire with our <see cref="GrpcChannel"/> as a signed-in admin.</summary>
internal sealed class NationalWire(Uri address, string token)
{
    private static readonly Method<RollUpRequest, RollUpResponse> RollUpMethod = Method<RollUpRequest, RollUpResponse>.From(Find(AnalyticsReflection.Descriptor, "RollUp"));
    private static readonly Method<CompareRequest, CompareResponse> CompareMethod = Method<CompareRequest, CompareResponse>.From(Find(AnalyticsReflection.Descriptor, "Compare"));
    private static readonly Method<GetReportRequest, Report> GetReportMethod = Method<GetReportRequest, Report>.From(Find(ReportsReflection.Descriptor, "GetReport"));
    private static readonly Method<LoginRequest, LoginResponse> LoginMethod = Method<LoginRequest, LoginResponse>.From(Find(AuthReflection.Descriptor, "Login"));

    public const int WarmUps = 3;

    private static readonly GrpcChannelOptions ChannelOptions = new() { MaxReceiveMessageSize = 64 << 20 };

    private CallOptions Call => new(Headers: new Metadata().Add("authorization", "Bearer " + token), Deadline: DateTime.UtcNow.AddMinutes(2));

    public static async Task<string> LoginAsync(Uri address, string user, string password)
    {
        using var channel = GrpcChannel.ForAddress(address, ChannelOptions);
        var response = await InvokeAsync(channel, LoginMethod, new LoginRequest { UserName = user, Password = password }, new CallOptions(Deadline: DateTime.UtcNow.AddSeconds(30)));
        return response.Token;
    }

    /// <summary>Each run's wall time in milliseconds, after unmeasured warm-ups (a long-running server is JIT-optimised); also the last response.</summary>
    public async Task<(List<double> Millis, RollUpResponse Last)> RollUpAsync(string periodId, int runs)
    {
        using var channel = GrpcChannel.ForAddress(address, ChannelOptions);
        // Every commune of the country: the heaviest roll-up (the default, provinces only, reads 63 reports).
        var request = new RollUpRequest { UnitCode = "", PeriodId = periodId, Levels = { UnitLevel.Commune } };
        return await RepeatAsync(runs, () => InvokeAsync(channel, RollUpMethod, request, Call));
    }

    public async Task<(List<double> Millis, CompareResponse Last)> RankCommunesAsync(string periodId, string indicatorId, int runs)
    {
        using var channel = GrpcChannel.ForAddress(address, ChannelOptions);
        var request = new CompareRequest { PeriodId = periodId, Level = UnitLevel.Commune };
        request.IndicatorIds.Add(indicatorId);
        return await RepeatAsync(runs, () => InvokeAsync(channel, CompareMethod, request, Call));
    }

    /// <summary>
    /// Latencies (ms) of GetReport over random reports from <paramref name="clients"/> clients, each its own connection, for <paramref name="duration"/>.
    /// Without <paramref name="pace"/> each client calls back to back (saturation); with it, each client starts a call every <paramref name="pace"/>, as people at screens do.
    /// </summary>
    public async Task<(List<double> Millis, int Errors)> GetReportLoadAsync(IReadOnlyList<string> names, int clients, TimeSpan duration, TimeSpan? pace = null)
    {
        var channels = Enumerable.Range(0, clients).Select(_ => GrpcChannel.ForAddress(address, ChannelOptions)).ToList();
        try
        {
            // Warm every connection first, so the window measures calls, not connection set-up.
            await Task.WhenAll(channels.Select(c => InvokeAsync(c, GetReportMethod, new GetReportRequest { Name = names[0] }, Call)));
            var end = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
            var errors = 0;
            var results = await Task.WhenAll(channels.Select((channel, n) => Task.Run(async () =>
            {
                var random = new Random(n);
                var millis = new List<double>(50_000);
                // Paced clients start at staggered offsets so the calls spread over each interval.
                var next = Stopwatch.GetTimestamp() + (pace is { } p0 ? (long)(p0.TotalSeconds * Stopwatch.Frequency * n / clients) : 0);
                while (Stopwatch.GetTimestamp() < end)
                {
                    if (pace is { } p)
                    {
                        var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), next);
                        if (wait > TimeSpan.Zero)
                        {
                            await Task.Delay(wait);
                        }
                        next += (long)(p.TotalSeconds * Stopwatch.Frequency);
                    }
                    var request = new GetReportRequest { Name = names[random.Next(names.Count)] };
                    var start = Stopwatch.GetTimestamp();
                    try
                    {
                        await InvokeAsync(channel, GetReportMethod, request, Call);
                        millis.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                    }
                    catch (RpcException)
                    {
                        Interlocked.Increment(ref errors);
                    }
                }
                return millis;
            })));
            return ([.. results.SelectMany(r => r)], errors);
        }
        finally
        {
            foreach (var channel in channels)
            {
                channel.Dispose();
            }
        }
    }

    private static async Task<(List<double>, T)> RepeatAsync<T>(int runs, Func<Task<T>> call)
    {
        var first = Stopwatch.GetTimestamp();
        var last = await call();
        // A call that takes seconds is not warming up: skip the extra warm-ups so the suite ends.
        var warmUps = Stopwatch.GetElapsedTime(first) > TimeSpan.FromSeconds(2) ? 0 : WarmUps;
        for (var i = 0; i < warmUps; i++)
        {
            last = await call();
        }
        var millis = new List<double>(runs);
        for (var i = 0; i < runs; i++)
        {
            var start = Stopwatch.GetTimestamp();
            last = await call();
            millis.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }
        return (millis, last);
    }

    private static async Task<TResponse> InvokeAsync<TRequest, TResponse>(GrpcChannel channel, Method<TRequest, TResponse> method, TRequest request, CallOptions options)
        where TRequest : class, Google.Protobuf.IMessage<TRequest>
        where TResponse : class, Google.Protobuf.IMessage<TResponse>
    {
        using var call = channel.UnaryCall(method, request, options);
        return await call.ResponseAsync;
    }

    private static Google.Protobuf.Reflection.MethodDescriptor Find(Google.Protobuf.Reflection.FileDescriptor file, string name) =>
        file.Services[0].FindMethodByName(name) ?? throw new InvalidOperationException($"No method {name}.");
}
