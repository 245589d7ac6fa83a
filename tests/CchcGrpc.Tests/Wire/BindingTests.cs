using CchcGrpc.Server.Wire;
using CchcGrpc.Tests.Probe;

namespace CchcGrpc.Tests.Wire;

/// <summary>Binding a service checks, at start-up, that every proto method has a handler of the right shape.</summary>
public sealed class BindingTests
{
    private sealed class HalfProbe
    {
        public Task<ProbeReply> Echo(ProbeRequest request, ServerCallContext context) => Task.FromResult(new ProbeReply());
    }

    private sealed class WrongShapeProbe
    {
        public Task<ProbeReply> Echo(ProbeRequest request) => Task.FromResult(new ProbeReply());
    }

    [Fact]
    public void A_service_missing_a_method_fails_loudly_naming_it_and_its_expected_signature()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new GrpcServiceRegistry().Add(ProbeReflection.Descriptor.Services[0], new HalfProbe()));
        Assert.Contains("cchc.probe.Probe.Expand", error.Message, StringComparison.Ordinal);
        Assert.Contains("Task Expand(ProbeRequest, IServerStreamWriter<ProbeReply>, ServerCallContext)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_handler_with_the_wrong_parameters_does_not_bind()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new GrpcServiceRegistry().Add(ProbeReflection.Descriptor.Services[0], new WrongShapeProbe()));
        Assert.Contains("cchc.probe.Probe.Echo", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_service_registered_twice_is_refused()
    {
        var registry = new GrpcServiceRegistry().Add(ProbeReflection.Descriptor.Services[0], new ProbeService());
        Assert.Throws<InvalidOperationException>(() => registry.Add(ProbeReflection.Descriptor.Services[0], new ProbeService()));
    }
}
