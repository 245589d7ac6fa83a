using System.Globalization;
using CchcGrpc.Server.Wire;
using CchcGrpc.Tests.Probe;
using CchcGrpc.Wire;

namespace CchcGrpc.Tests.Wire;

/// <summary>The test service behind the wire tests; each request's action picks a behaviour.</summary>
public sealed class ProbeService
{
    /// <summary>Completed when a "sleep" handler observes its cancellation token firing.</summary>
    public TaskCompletionSource<bool> SleepCancelled { get; private set; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void ResetSleep() => SleepCancelled = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public async Task<ProbeReply> Echo(ProbeRequest request, ServerCallContext context)
    {
        await ActAsync(request, context);
        if (request.Action == "gzip-reply")
        {
            context.ResponseCompression = "gzip";
        }
        return new ProbeReply
        {
            Text = request.Text,
            Payload = request.Payload,
            Count = context.LastRequestCompressed ? 1 : 0,
        };
    }

    public async Task Expand(ProbeRequest request, IServerStreamWriter<ProbeReply> responses, ServerCallContext context)
    {
        for (var i = 0; i < request.Count; i++)
        {
            await responses.WriteAsync(new ProbeReply { Text = request.Text, Count = i });
        }
        await ActAsync(request, context);
    }

    public async Task<ProbeReply> Collect(IAsyncEnumerable<ProbeRequest> requests, ServerCallContext context)
    {
        var reply = new ProbeReply();
        await foreach (var request in requests)
        {
            reply.Count++;
            reply.Text += request.Text;
            await ActAsync(request, context);
        }
        return reply;
    }

    public async Task Chat(IAsyncEnumerable<ProbeRequest> requests, IServerStreamWriter<ProbeReply> responses, ServerCallContext context)
    {
        await foreach (var request in requests)
        {
            await ActAsync(request, context);
            await responses.WriteAsync(new ProbeReply { Text = request.Text.ToUpperInvariant(), Count = request.Count });
        }
    }

    private async Task ActAsync(ProbeRequest request, ServerCallContext context)
    {
        switch (request.Action)
        {
            case "throw":
                throw new InvalidOperationException("secret connection string Password=hunter2");
            case "sleep":
                try
                {
                    await Task.Delay(TimeSpan.FromSeconds(30), context.CancellationToken);
                }
                catch (OperationCanceledException)
                {
                    SleepCancelled.TrySetResult(true);
                    throw;
                }
                break;
            case "echo-metadata":
                var headers = new Metadata();
                foreach (var entry in context.RequestHeaders)
                {
                    if (entry.Key.StartsWith("x-", StringComparison.Ordinal))
                    {
                        headers.Add(entry);
                        context.ResponseTrailers.Add(entry.IsBinary ? new MetadataEntry(entry.Key, entry.ValueBytes) : new MetadataEntry(entry.Key + "-t", entry.Value));
                    }
                }
                await context.WriteResponseHeadersAsync(headers);
                break;
            case "rich-error":
                var badRequest = new Google.Rpc.BadRequest();
                badRequest.FieldViolations.Add(new Google.Rpc.BadRequest.Types.FieldViolation { Field = "values[0].value", Description = "Số âm không hợp lệ" });
                throw new RpcException(RichStatus.Create(StatusCode.InvalidArgument, "1 value is invalid", badRequest));
            case var s when s.StartsWith("status:", StringComparison.Ordinal):
                var parts = s.Split(':', 3);
                throw new RpcException((StatusCode)int.Parse(parts[1], CultureInfo.InvariantCulture), parts[2]);
        }
    }
}
