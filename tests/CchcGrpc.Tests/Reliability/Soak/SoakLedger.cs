using System.Collections.Concurrent;
using Grpc.Core;

namespace CchcGrpc.Tests.Reliability.Soak;

/// <summary>What the soak's clients were told: every call's outcome and duration, and every acknowledged write with the revision it made.</summary>
public sealed class SoakLedger
{
    private readonly ConcurrentQueue<(string Method, StatusCode Code, double Milliseconds)> _calls = new();
    private readonly ConcurrentQueue<(string Report, long Revision, string What, string? Indicator, string? Raw)> _writes = new();
    private readonly ConcurrentQueue<string> _unexpected = new();

    public IReadOnlyList<(string Method, StatusCode Code, double Milliseconds)> Calls => [.. _calls];

    public IReadOnlyList<(string Report, long Revision, string What, string? Indicator, string? Raw)> Writes => [.. _writes];

    public IReadOnlyList<string> Unexpected => [.. _unexpected];

    public async Task<T?> CallAsync<T>(string method, Func<Task<T>> call, params StatusCode[] expectedFailures)
        where T : class
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        try
        {
            var result = await call();
            _calls.Enqueue((method, StatusCode.OK, clock.Elapsed.TotalMilliseconds));
            return result;
        }
        catch (RpcException ex)
        {
            _calls.Enqueue((method, ex.StatusCode, clock.Elapsed.TotalMilliseconds));
            // FAILED_PRECONDITION is expected only as a refused submission (the report's findings), never as a conflict.
            if (!expectedFailures.Contains(ex.StatusCode) || ex.StatusCode == StatusCode.FailedPrecondition && ex.Trailers.GetValueBytes("grpc-status-details-bin") is { } details
                && Google.Rpc.Status.Parser.ParseFrom(details).Details.Select(d => d.TryUnpack<Google.Rpc.ErrorInfo>(out var info) ? info.Reason : "").All(r => r != "REPORT_NOT_SUBMITTABLE"))
            {
                _unexpected.Enqueue($"{method}: {ex.StatusCode} {ex.Status.Detail}");
            }
            return null;
        }
        catch (IOException ex)
        {
            // A client stream whose server died mid-upload fails in its WriteAsync with the HTTP/2 error itself
            // (grpc-dotnet does not wrap it): the same outcome as UNAVAILABLE, nothing acknowledged.
            _calls.Enqueue((method, StatusCode.Unavailable, clock.Elapsed.TotalMilliseconds));
            if (!expectedFailures.Contains(StatusCode.Unavailable))
            {
                _unexpected.Enqueue($"{method}: {ex.GetType().Name} {ex.Message}");
            }
            return null;
        }
    }

    public void Acknowledged(string report, long revision, string what, string? indicator = null, string? raw = null) =>
        _writes.Enqueue((report, revision, what, indicator, raw));
}
