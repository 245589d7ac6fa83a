using Grpc.Core;

namespace CchcGrpc.Server.Wire;

/// <summary>
/// One Information line per call: method, status and duration (nothing about the caller's token or
/// arguments). It is the outermost interceptor, so it logs the status the caller really gets.
/// </summary>
public sealed partial class CallLog(ILogger<CallLog> logger, TimeProvider time) : CallInterceptor
{
    protected override Task<T> AroundAsync<T>(ServerCallContext context, Func<Task<T>> call) =>
        // Off (Warning and above): nothing is added to the call, not even a state machine.
        logger.IsEnabled(LogLevel.Information) ? LoggedAsync(context, call) : call();

    private async Task<T> LoggedAsync<T>(ServerCallContext context, Func<Task<T>> call)
    {
        var started = time.GetTimestamp();
        var status = StatusCode.OK;
        try
        {
            return await call().ConfigureAwait(false);
        }
        catch (RpcException ex)
        {
            status = ex.StatusCode;
            throw;
        }
        catch (Exception) when (context.CancellationToken.IsCancellationRequested)
        {
            status = context.Deadline <= time.GetUtcNow().UtcDateTime ? StatusCode.DeadlineExceeded : StatusCode.Cancelled;
            throw;
        }
        catch (Exception)
        {
            status = StatusCode.Unknown;
            throw;
        }
        finally
        {
            LogCall(context.Method, status, time.GetElapsedTime(started).TotalMilliseconds);
        }
    }

    [LoggerMessage(EventId = 1, EventName = "Call", Level = LogLevel.Information, Message = "{Method} {Status} {ElapsedMs:0.0} ms")]
    private partial void LogCall(string method, StatusCode status, double elapsedMs);
}
