using System.Diagnostics;
using Cchc.V1;
using Grpc.Core;
using Grpc.Net.Client;

namespace CchcGrpc.Bench.National;

/// <summary>The measured calls, made over the wire with grpc-dotnet channels and the generated clients, as a signed-in admin.</summary>
internal sealed class NationalWire(Uri address, string token)
{
    public const int WarmUps = 3;

    private static readonly GrpcChannelOptions ChannelOptions = new() { MaxReceiveMessageSize = 64 << 20 };

    // A channel with no compression providers advertises only identity, so the server sends its answers
    // uncompressed: what a service on a fast LAN would choose; the default channel accepts gzip, as the cchc client does.
    private static readonly GrpcChannelOptions IdentityOptions = new() { MaxReceiveMessageSize = 64 << 20, CompressionProviders = [] };

    private CallOptions Call => new(new Metadata { { "authorization", "Bearer " + token } }, DateTime.UtcNow.AddMinutes(2));

    public static async Task<string> LoginAsync(Uri address, string user, string password)
    {
        using var channel = GrpcChannel.ForAddress(address, ChannelOptions);
        var response = await new Auth.AuthClient(channel).LoginAsync(new LoginRequest { UserName = user, Password = password }, deadline: DateTime.UtcNow.AddSeconds(30));
        return response.Token;
    }

    /// <summary>Each run's wall time in milliseconds, after unmeasured warm-ups (a long-running server is JIT-optimised); also the last response.</summary>
    public async Task<(List<double> Millis, RollUpResponse Last)> RollUpAsync(string periodId, int runs)
    {
        using var channel = GrpcChannel.ForAddress(address, ChannelOptions);
        // Every commune of the country: the heaviest roll-up (the default, provinces only, reads 63 reports).
        var request = new RollUpRequest { UnitCode = "", PeriodId = periodId, Levels = { UnitLevel.Commune } };
        var analytics = new Analytics.AnalyticsClient(channel);
        return await RepeatAsync(runs, () => analytics.RollUpAsync(request, Call).ResponseAsync);
    }

    public async Task<(List<double> Millis, CompareResponse Last)> RankCommunesAsync(string periodId, string indicatorId, int runs)
    {
        using var channel = GrpcChannel.ForAddress(address, ChannelOptions);
        var request = new CompareRequest { PeriodId = periodId, Level = UnitLevel.Commune };
        request.IndicatorIds.Add(indicatorId);
        var analytics = new Analytics.AnalyticsClient(channel);
        return await RepeatAsync(runs, () => analytics.CompareAsync(request, Call).ResponseAsync);
    }

    /// <summary>
    /// Latencies (ms) of GetReport over random reports from <paramref name="clients"/> clients, each its own connection, for <paramref name="duration"/>.
    /// Without <paramref name="pace"/> each client calls back to back (saturation); with it, each client starts a call every <paramref name="pace"/>, as people at screens do.
    /// With <paramref name="gzip"/> false the clients do not accept compressed answers.
    /// </summary>
    public async Task<(List<double> Millis, int Errors)> GetReportLoadAsync(IReadOnlyList<string> names, int clients, TimeSpan duration, TimeSpan? pace = null, bool gzip = true)
    {
        var options = gzip ? ChannelOptions : IdentityOptions;
        var channels = Enumerable.Range(0, clients).Select(_ => GrpcChannel.ForAddress(address, options)).ToList();
        try
        {
            // Warm every connection first, so the window measures calls, not connection set-up.
            await Task.WhenAll(channels.Select(c => new Reports.ReportsClient(c).GetReportAsync(new GetReportRequest { Name = names[0] }, Call).ResponseAsync));
            var end = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
            var errors = 0;
            var results = await Task.WhenAll(channels.Select((channel, n) => Task.Run(async () =>
            {
                var random = new Random(n);
                var reports = new Reports.ReportsClient(channel);
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
                        await reports.GetReportAsync(request, Call);
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

}
