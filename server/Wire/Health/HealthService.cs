using System.Collections.Concurrent;
using System.Threading.Channels;
using CchcGrpc.Wire;
using Grpc.Health.V1;
using ServingStatus = Grpc.Health.V1.HealthCheckResponse.Types.ServingStatus;

namespace CchcGrpc.Server.Wire.Health;

/// <summary>
/// grpc.health.v1.Health: the whole server is "" ; each registered service is known by its full name.
/// Watchers get the current status at once and every change after.
/// </summary>
public sealed class HealthService
{
    private readonly ConcurrentDictionary<string, ServingStatus> _statuses = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<Channel<ServingStatus>, string> _watchers = new();

    public static ServiceDescriptor Descriptor => HealthReflection.Descriptor.Services[0];

    public void SetStatus(string service, ServingStatus status)
    {
        _statuses[service] = status;
        foreach (var (channel, watched) in _watchers)
        {
            if (watched == service)
            {
                channel.Writer.TryWrite(status);
            }
        }
    }

    public Task<HealthCheckResponse> Check(HealthCheckRequest request, ServerCallContext context)
    {
        if (!_statuses.TryGetValue(request.Service, out var status))
        {
            throw new RpcException(StatusCode.NotFound, $"Service '{request.Service}' is unknown to this server.");
        }
        return Task.FromResult(new HealthCheckResponse { Status = status });
    }

    public async Task Watch(HealthCheckRequest request, IServerStreamWriter<HealthCheckResponse> responses, ServerCallContext context)
    {
        var channel = Channel.CreateUnbounded<ServingStatus>(new UnboundedChannelOptions { SingleReader = true });
        _watchers[channel] = request.Service;
        try
        {
            var current = _statuses.TryGetValue(request.Service, out var s) ? s : ServingStatus.ServiceUnknown;
            await responses.WriteAsync(new HealthCheckResponse { Status = current }, context.CancellationToken).ConfigureAwait(false);
            var last = current;
            await foreach (var next in channel.Reader.ReadAllAsync(context.CancellationToken).ConfigureAwait(false))
            {
                if (next != last)
                {
                    last = next;
                    await responses.WriteAsync(new HealthCheckResponse { Status = next }, context.CancellationToken).ConfigureAwait(false);
                }
            }
        }
        catch (OperationCanceledException) when (context.CancellationToken.IsCancellationRequested)
        {
            // A watch ends when the client leaves; that is its normal end.
        }
        finally
        {
            _watchers.TryRemove(channel, out _);
        }
    }
}
