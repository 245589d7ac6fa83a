using CchcGrpc.Server.Wire;
using CchcGrpc.Server.Wire.Health;
using CchcGrpc.Server.Wire.Reflection;
using ServingStatus = Grpc.Health.V1.HealthCheckResponse.Types.ServingStatus;

namespace CchcGrpc.Server.Hosting;

/// <summary>Adds health and reflection (v1 and v1alpha) to a registry, after the application's own services.</summary>
public static class StandardServices
{
    public static HealthService AddStandardServices(this GrpcServiceRegistry registry)
    {
        var health = new HealthService();
        var reflection = new ReflectionService(registry);
        registry.Add(HealthService.Descriptor, health);
        registry.Add(ReflectionService.Descriptor, reflection);
        registry.Add(ReflectionV1AlphaService.Descriptor, new ReflectionV1AlphaService(reflection));
        health.SetStatus("", ServingStatus.Serving);
        foreach (var service in registry.Services)
        {
            health.SetStatus(service.FullName, ServingStatus.Serving);
        }
        return health;
    }
}
