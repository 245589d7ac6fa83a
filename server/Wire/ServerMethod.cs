using System.Reflection;
using CchcGrpc.Wire;
using Google.Protobuf;
using Google.Protobuf.Reflection;

namespace CchcGrpc.Server.Wire;

/// <summary>
/// One proto method bound to its handler. Binding happens once at start-up, through reflection,
/// into a typed delegate, so a call costs a delegate invocation and nothing more.
/// </summary>
internal abstract class ServerMethod
{
    protected ServerMethod(MethodDescriptor descriptor)
    {
        Descriptor = descriptor;
        Path = "/" + descriptor.Service.FullName + "/" + descriptor.Name;
    }

    public MethodDescriptor Descriptor { get; }

    /// <summary>The HTTP/2 :path of the method: "/package.Service/Method".</summary>
    public string Path { get; }

    public abstract Task HandleAsync(GrpcCall call);

    public static ServerMethod Bind(MethodDescriptor method, object implementation)
    {
        var request = method.InputType.ClrType;
        var response = method.OutputType.ClrType;
        var kind = (method.IsClientStreaming, method.IsServerStreaming) switch
        {
            (false, false) => typeof(UnaryServerMethod<,>),
            (false, true) => typeof(ServerStreamingServerMethod<,>),
            (true, false) => typeof(ClientStreamingServerMethod<,>),
            _ => typeof(DuplexServerMethod<,>),
        };
        var type = kind.MakeGenericType(request, response);
        var delegateType = (Type)type.GetProperty("HandlerType", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
        var invoke = delegateType.GetMethod("Invoke")!;
        var parameterTypes = invoke.GetParameters().Select(p => p.ParameterType).ToArray();
        var target = implementation.GetType().GetMethod(method.Name, BindingFlags.Public | BindingFlags.Instance, parameterTypes);
        if (target is null || target.ReturnType != invoke.ReturnType)
        {
            var shape = $"{invoke.ReturnType.ToDisplayName()} {method.Name}({string.Join(", ", parameterTypes.Select(t => t.ToDisplayName()))})";
            throw new InvalidOperationException(
                $"{implementation.GetType().Name} has no handler for {method.FullName}; expected a public method `{shape}`.");
        }
        var handler = Delegate.CreateDelegate(delegateType, implementation, target);
        return (ServerMethod)Activator.CreateInstance(type, method, handler)!;
    }

    protected static MessageParser<T> ParserOf<T>(MethodDescriptor method)
        where T : IMessage<T> => (MessageParser<T>)method.InputType.Parser;
}
