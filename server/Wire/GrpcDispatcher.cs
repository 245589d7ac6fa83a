using CchcGrpc.Wire;
using Microsoft.AspNetCore.Http.Features;

namespace CchcGrpc.Server.Wire;

/// <summary>
/// The Kestrel request delegate that turns an HTTP/2 request into a gRPC call: routing by :path,
/// protocol checks, deadline, the handler, and the mapping of whatever happened to one status.
/// </summary>
public sealed class GrpcDispatcher(GrpcServiceRegistry registry, GrpcServerOptions options, ILogger<GrpcDispatcher> logger)
{
    public async Task HandleAsync(HttpContext http)
    {
        var request = http.Request;
        if (!HttpMethods.IsPost(request.Method))
        {
            http.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            return;
        }
        if (!GrpcHeaders.IsGrpcContentType(request.ContentType))
        {
            await RejectContentTypeAsync(http).ConfigureAwait(false);
            return;
        }
        if (!string.Equals(request.Protocol, "HTTP/2", StringComparison.Ordinal))
        {
            http.Response.StatusCode = StatusCodes.Status426UpgradeRequired;
            http.Response.Headers.Upgrade = "h2";
            return;
        }

        var path = request.Path.Value ?? "";
        var encoding = request.Headers[GrpcHeaders.Encoding].ToString();
        await using var call = new GrpcCall(http, path, options, encoding, DeadlineOf(request, out var timeout));
        if (!registry.TryFind(path, out var method))
        {
            await call.CompleteAsync(UnimplementedStatus(path), null).ConfigureAwait(false);
            return;
        }
        if (!MessageCompression.IsSupported(encoding))
        {
            http.Response.Headers[GrpcHeaders.AcceptEncoding] = GrpcHeaders.SupportedEncodings;
            await call.CompleteAsync(new Status(StatusCode.Unimplemented,
                $"Message encoding '{encoding}' is not supported; use one of {GrpcHeaders.SupportedEncodings}."), null).ConfigureAwait(false);
            return;
        }
        if (timeout is { } t)
        {
            call.StartDeadline(t);
        }

        // Kestrel's defaults suit short web requests; imports stream for minutes over slow links.
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
        {
            bodySize.MaxRequestBodySize = null;
        }

        Status status;
        Metadata? trailers = null;
        try
        {
            await method.HandleAsync(call).ConfigureAwait(false);
            status = Status.Ok;
        }
        catch (Exception ex)
        {
            (status, trailers) = StatusOf(ex, call, http);
        }
        await call.CompleteAsync(status, MergeTrailers(call, trailers)).ConfigureAwait(false);
    }

    private (Status, Metadata?) StatusOf(Exception ex, GrpcCall call, HttpContext http)
    {
        switch (ex)
        {
            case RpcException rpc:
                return (rpc.Status, rpc.Trailers);
            case OperationCanceledException or IOException when call.DeadlineExceeded:
                return (new Status(StatusCode.DeadlineExceeded, "Deadline exceeded."), null);
            case OperationCanceledException or IOException when http.RequestAborted.IsCancellationRequested:
                return (new Status(StatusCode.Cancelled, "The client cancelled the call."), null);
            default:
                // Internals stay in the log; the client gets an id to quote.
                var id = Guid.NewGuid().ToString("N")[..12];
                logger.LogError(ex, "Unhandled exception in {Method} (correlation id {CorrelationId})", call.Method, id);
                var status = RichStatus.Create(StatusCode.Internal,
                    $"Internal server error; quote correlation id {id} to the operator.",
                    new Google.Rpc.RequestInfo { RequestId = id });
                return (status, null);
        }
    }

    private static Metadata? MergeTrailers(GrpcCall call, Metadata? fromException)
    {
        if (fromException is null || fromException.Count == 0)
        {
            return call.HasTrailers ? call.ResponseTrailers : null;
        }
        foreach (var entry in fromException)
        {
            call.ResponseTrailers.Add(entry);
        }
        return call.ResponseTrailers;
    }

    private Status UnimplementedStatus(string path)
    {
        var slash = path.LastIndexOf('/');
        var service = slash > 1 ? path[1..slash] : "";
        return registry.HasService(service)
            ? new Status(StatusCode.Unimplemented, $"Method {path} is not implemented.")
            : new Status(StatusCode.Unimplemented, $"Service {service} is not implemented.");
    }

    private static DateTimeOffset? DeadlineOf(HttpRequest request, out TimeSpan? timeout)
    {
        timeout = null;
        var header = request.Headers[GrpcHeaders.Timeout].ToString();
        if (header.Length == 0 || !GrpcTimeout.TryParse(header, out var parsed))
        {
            return null;
        }
        timeout = parsed;
        return parsed == TimeSpan.MaxValue ? null : DateTimeOffset.UtcNow + parsed;
    }

    private static async Task RejectContentTypeAsync(HttpContext http)
    {
        http.Response.StatusCode = StatusCodes.Status415UnsupportedMediaType;
        http.Response.Headers[GrpcHeaders.Status] = ((int)StatusCode.Internal).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var message = $"Content-Type '{http.Request.ContentType}' is not supported; gRPC requires application/grpc.";
        http.Response.Headers[GrpcHeaders.Message] = PercentEncoding.Encode(message);
        http.Response.ContentType = "text/plain; charset=utf-8";
        await http.Response.WriteAsync(message).ConfigureAwait(false);
    }
}
