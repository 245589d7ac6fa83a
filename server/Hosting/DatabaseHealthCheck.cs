using CchcGrpc.Server.Store;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CchcGrpc.Server.Hosting;

/// <summary>
/// Healthy while the database file can be opened and read; grpc.health.v1 then answers SERVING,
/// and NOT_SERVING while it cannot (the file or its disk gone, unreadable, corrupt).
/// </summary>
public sealed class DatabaseHealthCheck(Database database) : IHealthCheck
{
    public const string Tag = "database";

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(database.Probe() is { } problem
            ? HealthCheckResult.Unhealthy($"The database {database.Path} cannot be opened: {problem}")
            : HealthCheckResult.Healthy());
}
