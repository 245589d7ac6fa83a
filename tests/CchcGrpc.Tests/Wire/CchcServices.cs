using Google.Protobuf.Reflection;

namespace CchcGrpc.Tests.Wire;

/// <summary>
/// Every cchc.v1 service the proto assembly defines, found by reflection over its generated
/// *Reflection classes, so a service added later is covered by the tests that walk them.
/// </summary>
public static class CchcServices
{
    public static IReadOnlyList<Google.Protobuf.Reflection.ServiceDescriptor> All { get; } =
        [.. typeof(Cchc.V1.Auth).Assembly.GetTypes()
            .Where(t => t.Namespace == "Cchc.V1" && t.Name.EndsWith("Reflection", StringComparison.Ordinal))
            .Select(t => (FileDescriptor)t.GetProperty("Descriptor")!.GetValue(null)!)
            .SelectMany(f => f.Services)
            .OrderBy(s => s.FullName, StringComparer.Ordinal)];

    public static IEnumerable<MethodDescriptor> Methods => All.SelectMany(s => s.Methods);
}
