using Grpc.Net.Client.Configuration;

namespace CchcGrpc.Client.Connection;

/// <summary>
/// The channel's service config: reads, which change nothing, are retried when the server is
/// unreachable or restarting (UNAVAILABLE), with backoff; writes are never retried by the channel
/// (an import is made safe to resend by its idempotency keys instead).
/// </summary>
public static class RetryPolicies
{
    /// <summary>Methods that only read, by service.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Reads = new Dictionary<string, string[]>
    {
        ["cchc.v1.Auth"] = ["WhoAmI"],
        ["cchc.v1.Units"] = ["ListUnits", "GetUnit", "GetUnitLineage"],
        ["cchc.v1.Catalog"] = ["GetCatalog", "ListCatalogVersions", "ListPeriods"],
        ["cchc.v1.Reports"] = ["GetReport", "ListReports", "ValidateReport", "GetReportHistory"],
        ["cchc.v1.Analytics"] = ["RollUp", "Compare", "Trend", "GetCompleteness"],
    };

    public static ServiceConfig ServiceConfig()
    {
        var reads = new MethodConfig
        {
            RetryPolicy = new RetryPolicy
            {
                MaxAttempts = 4,
                InitialBackoff = TimeSpan.FromMilliseconds(250),
                MaxBackoff = TimeSpan.FromSeconds(3),
                BackoffMultiplier = 2,
                RetryableStatusCodes = { Grpc.Core.StatusCode.Unavailable },
            },
        };
        foreach (var (service, methods) in Reads)
        {
            foreach (var method in methods)
            {
                reads.Names.Add(new MethodName { Service = service, Method = method });
            }
        }
        return new ServiceConfig { MethodConfigs = { reads } };
    }
}
