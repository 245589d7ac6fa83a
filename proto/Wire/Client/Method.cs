using Google.Protobuf;
using Google.Protobuf.Reflection;

namespace CchcGrpc.Wire.Client;

/// <summary>A callable method: its path, shape, and how to parse its responses.</summary>
public sealed class Method<TRequest, TResponse>
    where TRequest : class, IMessage<TRequest>
    where TResponse : class, IMessage<TResponse>
{
    public Method(MethodType type, string serviceName, string name, MessageParser<TResponse> responseParser)
    {
        Type = type;
        ServiceName = serviceName;
        Name = name;
        FullName = "/" + serviceName + "/" + name;
        ResponseParser = responseParser;
    }

    public MethodType Type { get; }

    public string ServiceName { get; }

    public string Name { get; }

    /// <summary>The :path, e.g. "/grpc.health.v1.Health/Check".</summary>
    public string FullName { get; }

    public MessageParser<TResponse> ResponseParser { get; }

    /// <summary>Builds the method from its protobuf descriptor, checking the message types match.</summary>
    public static Method<TRequest, TResponse> From(MethodDescriptor descriptor)
    {
        if (descriptor.InputType.ClrType != typeof(TRequest) || descriptor.OutputType.ClrType != typeof(TResponse))
        {
            throw new ArgumentException($"{descriptor.FullName} takes {descriptor.InputType.ClrType.Name} and returns {descriptor.OutputType.ClrType.Name}.");
        }
        var type = (descriptor.IsClientStreaming, descriptor.IsServerStreaming) switch
        {
            (false, false) => MethodType.Unary,
            (false, true) => MethodType.ServerStreaming,
            (true, false) => MethodType.ClientStreaming,
            _ => MethodType.DuplexStreaming,
        };
        return new Method<TRequest, TResponse>(type, descriptor.Service.FullName, descriptor.Name, (MessageParser<TResponse>)descriptor.OutputType.Parser);
    }
}
