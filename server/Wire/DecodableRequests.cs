using System.Reflection;
using CchcGrpc.Server.Domain.Text;
using CchcGrpc.Server.Services;
using Google.Protobuf;
using Grpc.AspNetCore.Server.Model;
using Grpc.Core;

namespace CchcGrpc.Server.Wire;

/// <summary>
/// Binds each gRPC service as grpc-dotnet's own binder does (the generated BindService, the
/// service's methods by name), except that a request whose bytes are not a protobuf message of its
/// type ends as INVALID_ARGUMENT (ARGUMENT_INVALID) instead of grpc-dotnet's UNKNOWN "Exception was
/// thrown by handler" with an Error log line and stack trace per call: a unary request is decoded
/// before any interceptor runs, so no interceptor can translate it, and anyone, signed in or not,
/// could fill the log at will.
/// </summary>
public sealed class DecodableRequests<TService> : IServiceMethodProvider<TService>
    where TService : class
{
    public void OnServiceMethodDiscovery(ServiceMethodProviderContext<TService> context)
    {
        var attribute = typeof(TService).GetCustomAttributes<BindServiceMethodAttribute>(inherit: true).FirstOrDefault();
        if (attribute is null)
        {
            return;
        }
        var bind = attribute.BindType.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)
            .Single(m => m.Name == attribute.BindMethodName && m.GetParameters() is [{ ParameterType: var binder }, _] && binder == typeof(ServiceBinderBase));
        bind.Invoke(null, [new Binder(context), null]);
    }

    private static Method<TRequest, TResponse> Decodable<TRequest, TResponse>(Method<TRequest, TResponse> method)
        where TRequest : class
        where TResponse : class
    {
        var decode = method.RequestMarshaller.ContextualDeserializer;
        var requests = new Marshaller<TRequest>(method.RequestMarshaller.ContextualSerializer, context =>
        {
            try
            {
                return decode(context);
            }
            catch (InvalidProtocolBufferException)
            {
                // The caller's language is not known here (no headers): Vietnamese, with the English status message.
                throw ErrorTranslation.ToRpcException(new ServiceError(StatusCode.InvalidArgument, ErrorReason.ArgumentInvalid,
                    new LocalizedText($"Yêu cầu không phải là một thông điệp {typeof(TRequest).Name} hợp lệ (protobuf hỏng).", $"The request is not a valid {typeof(TRequest).Name} message (malformed protobuf).")),
                    Language.Vietnamese);
            }
        });
        return new Method<TRequest, TResponse>(method.Type, method.ServiceName, method.Name, requests, method.ResponseMarshaller);
    }

    private static TDelegate Handler<TDelegate>(string name, params Type[] parameters)
        where TDelegate : Delegate
    {
        var method = typeof(TService).GetMethod(name, BindingFlags.Public | BindingFlags.Instance, parameters)
            ?? throw new InvalidOperationException($"{typeof(TService).Name} has no method {name}.");
        return (TDelegate)Delegate.CreateDelegate(typeof(TDelegate), method);
    }

    private static List<object> Metadata(string name, params Type[] parameters) =>
        [.. typeof(TService).GetCustomAttributes(inherit: true), .. typeof(TService).GetMethod(name, parameters)!.GetCustomAttributes(inherit: true)];

    private sealed class Binder(ServiceMethodProviderContext<TService> context) : ServiceBinderBase
    {
        public override void AddMethod<TRequest, TResponse>(Method<TRequest, TResponse> method, UnaryServerMethod<TRequest, TResponse>? handler)
        {
            Type[] parameters = [typeof(TRequest), typeof(ServerCallContext)];
            context.AddUnaryMethod(Decodable(method), Metadata(method.Name, parameters), Handler<UnaryServerMethod<TService, TRequest, TResponse>>(method.Name, parameters));
        }

        public override void AddMethod<TRequest, TResponse>(Method<TRequest, TResponse> method, ClientStreamingServerMethod<TRequest, TResponse>? handler)
        {
            Type[] parameters = [typeof(IAsyncStreamReader<TRequest>), typeof(ServerCallContext)];
            context.AddClientStreamingMethod(Decodable(method), Metadata(method.Name, parameters), Handler<ClientStreamingServerMethod<TService, TRequest, TResponse>>(method.Name, parameters));
        }

        public override void AddMethod<TRequest, TResponse>(Method<TRequest, TResponse> method, ServerStreamingServerMethod<TRequest, TResponse>? handler)
        {
            Type[] parameters = [typeof(TRequest), typeof(IServerStreamWriter<TResponse>), typeof(ServerCallContext)];
            context.AddServerStreamingMethod(Decodable(method), Metadata(method.Name, parameters), Handler<ServerStreamingServerMethod<TService, TRequest, TResponse>>(method.Name, parameters));
        }

        public override void AddMethod<TRequest, TResponse>(Method<TRequest, TResponse> method, DuplexStreamingServerMethod<TRequest, TResponse>? handler)
        {
            Type[] parameters = [typeof(IAsyncStreamReader<TRequest>), typeof(IServerStreamWriter<TResponse>), typeof(ServerCallContext)];
            context.AddDuplexStreamingMethod(Decodable(method), Metadata(method.Name, parameters), Handler<DuplexStreamingServerMethod<TService, TRequest, TResponse>>(method.Name, parameters));
        }
    }
}
