using System.Collections.Concurrent;
using Cchc.V1;
using Grpc.Core;

namespace CchcGrpc.Tests.Connection;

/// <summary>A Reports service that is UNAVAILABLE for the first calls of each method and records what every call carried.</summary>
public sealed class FlakyReports(int failures) : Reports.ReportsBase
{
    private readonly ConcurrentDictionary<string, int> _attempts = new();

    public ConcurrentQueue<(string Method, Metadata Headers, DateTime Deadline)> Calls { get; } = new();

    public int Attempts(string method) => _attempts.GetValueOrDefault(method);

    public override Task<Report> GetReport(GetReportRequest request, ServerCallContext context)
    {
        Fail(context);
        return Task.FromResult(new Report { Name = request.Name, Revision = 7 });
    }

    public override Task<UpdateReportValuesResponse> UpdateReportValues(UpdateReportValuesRequest request, ServerCallContext context)
    {
        Fail(context);
        return Task.FromResult(new UpdateReportValuesResponse());
    }

    private void Fail(ServerCallContext context)
    {
        Calls.Enqueue((context.Method, context.RequestHeaders, context.Deadline));
        if (_attempts.AddOrUpdate(context.Method, 1, (_, n) => n + 1) <= failures)
        {
            throw new RpcException(new Status(StatusCode.Unavailable, "restarting"));
        }
    }
}
