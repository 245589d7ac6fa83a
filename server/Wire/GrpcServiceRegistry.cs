
namespace CchcGrpc.Server.Wire;

/// <summary>
/// The services a server exposes: each proto ServiceDescriptor with the object implementing it.
/// Binding checks every proto method has a handler of the right shape, so a gap fails at start-up.
/// </summary>
public sealed class GrpcServiceRegistry
{
    private readonly Dictionary<string, ServerMethod> _methods = new(StringComparer.Ordinal);
    private readonly List<ServiceDescriptor> _services = [];

    public IReadOnlyList<ServiceDescriptor> Services => _services;

    public GrpcServiceRegistry Add(ServiceDescriptor service, object implementation)
    {
        if (_services.Any(s => s.FullName == service.FullName))
        {
            throw new InvalidOperationException($"Service {service.FullName} is registered twice.");
        }
        foreach (var method in service.Methods)
        {
            var bound = ServerMethod.Bind(method, implementation);
            _methods.Add(bound.Path, bound);
        }
        _services.Add(service);
        return this;
    }

    /// <summary>Finds the handler for a request path ("/pkg.Service/Method", case-sensitive).</summary>
    internal bool TryFind(string path, out ServerMethod method) => _methods.TryGetValue(path, out method!);

    internal bool HasService(string serviceName) => _services.Any(s => s.FullName == serviceName);
}
