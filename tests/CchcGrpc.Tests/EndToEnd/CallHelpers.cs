using Google.Protobuf;
using Grpc.Core;
using Grpc.Net.Client;

namespace CchcGrpc.Tests.EndToEnd;

/// <summary>Calls by method object on a grpc-dotnet channel, and the google.rpc details of a failure, tersely.</summary>
public static class CallHelpers
{
    public static AsyncUnaryCall<TResponse> UnaryCall<TRequest, TResponse>(this GrpcChannel channel, Method<TRequest, TResponse> method, TRequest request, CallOptions options = default)
        where TRequest : class
        where TResponse : class =>
        channel.CreateCallInvoker().AsyncUnaryCall(method, null, WithDeadline(options), request);

    public static AsyncClientStreamingCall<TRequest, TResponse> ClientStreamingCall<TRequest, TResponse>(this GrpcChannel channel, Method<TRequest, TResponse> method, CallOptions options = default)
        where TRequest : class
        where TResponse : class =>
        channel.CreateCallInvoker().AsyncClientStreamingCall(method, null, WithDeadline(options));

    /// <summary>A google.rpc detail of the status (BadRequest, ErrorInfo, LocalizedMessage …), or null.</summary>
    public static T? Detail<T>(this RpcException error)
        where T : class, IMessage<T>, new() =>
        error.GetRpcStatus()?.GetDetail<T>();

    /// <summary>The stable reason of the failure (google.rpc.ErrorInfo).</summary>
    public static string Reason(this RpcException error) => error.Detail<Google.Rpc.ErrorInfo>()?.Reason ?? "";

    /// <summary>Headers with the bearer token of <paramref name="token"/> (null: none).</summary>
    public static CallOptions Bearer(string? token, string? language = null)
    {
        var headers = new Metadata();
        if (token is not null)
        {
            headers.Add("authorization", "Bearer " + token);
        }
        if (language is not null)
        {
            headers.Add("accept-language", language);
        }
        return new CallOptions(headers);
    }

    // A hung test is worse than a failed one.
    private static CallOptions WithDeadline(CallOptions options) =>
        options.Deadline is null ? options.WithDeadline(DateTime.UtcNow.AddSeconds(60)) : options;
}
