using System.Collections.Concurrent;
using System.Diagnostics.Tracing;

namespace CchcGrpc.Bench.Infrastructure;

/// <summary>
/// A diagnosis aid for the .NET servers under test: with CCHC_BENCH_ALLOC_TYPES=1 in the
/// environment, samples the runtime's AllocationTick events (one per ~100 KB allocated, naming the
/// type that crossed the mark, so types are hit in proportion to the bytes they take) and, at
/// shutdown, writes the allocation share by type to standard error.
/// </summary>
internal sealed class AllocationSampler : EventListener
{
    private const int AllocationTickEventId = 10;
    private const EventKeywords GcKeyword = (EventKeywords)0x1;

    private readonly ConcurrentDictionary<string, long> _bytesByType = new(StringComparer.Ordinal);

    public static AllocationSampler? StartIfRequested() =>
        Environment.GetEnvironmentVariable("CCHC_BENCH_ALLOC_TYPES") == "1" ? new AllocationSampler() : null;

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(eventSource, EventLevel.Verbose, GcKeyword);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        if (e.EventId != AllocationTickEventId || e.PayloadNames is null || e.Payload is null)
        {
            return;
        }
        var type = e.PayloadNames.IndexOf("TypeName") is var t and >= 0 ? e.Payload[t] as string ?? "?" : "?";
        var amount = e.PayloadNames.IndexOf("AllocationAmount64") is var a and >= 0 ? Convert.ToInt64(e.Payload[a]) : 0;
        _bytesByType.AddOrUpdate(type, amount, (_, total) => total + amount);
    }

    public void Report(TextWriter output, int top = 30)
    {
        var total = _bytesByType.Values.Sum();
        output.WriteLine($"allocation by type (sampled, {total / 1048576.0:0} MB seen):");
        foreach (var (type, bytes) in _bytesByType.OrderByDescending(p => p.Value).Take(top))
        {
            output.WriteLine($"  {100.0 * bytes / Math.Max(1, total),5:0.0}%  {type}");
        }
    }
}
