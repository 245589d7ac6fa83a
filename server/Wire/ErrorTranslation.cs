using CchcGrpc.Server.Domain.Text;
using CchcGrpc.Server.Services;
using CchcGrpc.Server.Store;
using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;
using Microsoft.Data.Sqlite;
using RpcStatus = Google.Rpc.Status;

namespace CchcGrpc.Server.Wire;

/// <summary>
/// Turns what a call ended with into the status the caller gets (google.rpc.Status in
/// grpc-status-details-bin): a <see cref="ServiceError"/> keeps its code, an ErrorInfo with its
/// reason, and a LocalizedMessage in the caller's language; the status message itself is English,
/// for developers and logs (Google's AIP-193). A busy or full database becomes UNAVAILABLE or
/// RESOURCE_EXHAUSTED; anything unexpected becomes INTERNAL with a correlation id, logged here
/// with its exception and never sent.
/// </summary>
public sealed partial class ErrorTranslation(ILogger<ErrorTranslation> logger) : CallInterceptor
{
    private static readonly TimeSpan BusyRetryDelay = TimeSpan.FromSeconds(1);

    // Messages quote what the caller sent; a quoted megabyte would push the trailers past the
    // client's 64 KiB header limit and the caller would see a broken connection (UNAVAILABLE)
    // instead of its error. Each text and the list of fields are bounded.
    private const int MaxTextLength = 500;
    private const int MaxFieldProblems = 50;

    protected override Task<T> AroundAsync<T>(ServerCallContext context, Func<Task<T>> call)
    {
        // Most calls end well and at once: they pass without a state machine of their own.
        Task<T> task;
        try
        {
            task = call();
        }
        catch (Exception ex)
        {
            task = Task.FromException<T>(ex);
        }
        return task.IsCompletedSuccessfully ? task : TranslatedAsync(context, task);
    }

    private async Task<T> TranslatedAsync<T>(ServerCallContext context, Task<T> task)
    {
        try
        {
            return await task.ConfigureAwait(false);
        }
        catch (RpcException)
        {
            throw;
        }
        catch (Exception) when (context.CancellationToken.IsCancellationRequested)
        {
            // The client left or the deadline passed: grpc-dotnet ends the call as CANCELLED or
            // DEADLINE_EXCEEDED, whatever the handler was doing when its token fired.
            throw;
        }
        catch (ServiceError error)
        {
            throw ToRpcException(error, CallerLanguage.Of(context));
        }
        catch (StoreException ex)
        {
            throw ToRpcException(Errors.From(ex), CallerLanguage.Of(context));
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode is SQLitePCL.raw.SQLITE_BUSY or SQLitePCL.raw.SQLITE_LOCKED)
        {
            throw ToRpcException(new ServiceError(StatusCode.Unavailable, ErrorReason.DatabaseBusy,
                new("Cơ sở dữ liệu đang bận (có thể đang sao lưu); hãy thử lại sau ít giây.", "The database is busy (a backup may be running); try again in a few seconds."),
                details: [new RetryInfo { RetryDelay = Duration.FromTimeSpan(BusyRetryDelay) }]), CallerLanguage.Of(context));
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode is SQLitePCL.raw.SQLITE_CANTOPEN or SQLitePCL.raw.SQLITE_IOERR)
        {
            LogDatabaseUnavailable(ex, context.Method);
            throw ToRpcException(new ServiceError(StatusCode.Unavailable, ErrorReason.DatabaseUnavailable,
                new("Máy chủ không mở được cơ sở dữ liệu; không có gì được ghi. Hãy báo quản trị viên.", "The server cannot open its database; nothing was written. Tell the administrator.")),
                CallerLanguage.Of(context));
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode == SQLitePCL.raw.SQLITE_FULL)
        {
            // The operator has to act (free space or raise the quota): every refused write says so in the log.
            LogStorageFull(context.Method, ex.Message);
            throw ToRpcException(new ServiceError(StatusCode.ResourceExhausted, ErrorReason.StorageFull,
                new("Cơ sở dữ liệu của máy chủ đã hết chỗ (ổ đĩa đầy hoặc đã đạt hạn mức dung lượng); không có gì được ghi. Hãy báo quản trị viên.",
                    "The server's database has no room left (disk full or its size quota reached); nothing was written. Tell the administrator.")),
                CallerLanguage.Of(context));
        }
        catch (Exception ex)
        {
            var id = Guid.NewGuid().ToString("N")[..12];
            LogUnexpected(ex, context.Method, id);
            throw ToRpcException(new ServiceError(StatusCode.Internal, ErrorReason.Internal,
                new($"Lỗi nội bộ của máy chủ; hãy báo mã {id} cho quản trị viên.", $"Internal server error; quote correlation id {id} to the operator."),
                details: [new RequestInfo { RequestId = id }],
                metadata: new Dictionary<string, string> { ["correlation_id"] = id }), CallerLanguage.Of(context));
        }
    }

    public static RpcException ToRpcException(ServiceError error, Language language)
    {
        var info = new ErrorInfo { Reason = error.Reason, Domain = ErrorReason.Domain };
        foreach (var (key, value) in error.Metadata)
        {
            info.Metadata[key] = Bounded(value);
        }
        var status = new RpcStatus { Code = (int)error.Code, Message = Bounded(error.Text.En) };
        status.Details.Add(Any.Pack(info));
        status.Details.Add(Any.Pack(Localized(error.Text, language)));
        if (error.Fields.Count > 0)
        {
            var bad = new BadRequest();
            bad.FieldViolations.AddRange(error.Fields.Take(MaxFieldProblems).Select(f => new BadRequest.Types.FieldViolation
            {
                Field = Bounded(f.Field),
                Description = Bounded(f.Description.En),
                LocalizedMessage = Localized(f.Description, language),
            }));
            status.Details.Add(Any.Pack(bad));
        }
        status.Details.AddRange(error.Details.Select(Any.Pack));
        return status.ToRpcException();
    }

    private static LocalizedMessage Localized(LocalizedText text, Language language) => new()
    {
        Locale = language == Language.English ? "en" : "vi",
        Message = Bounded(text.In(language)),
    };

    private static string Bounded(string text) => text.Length <= MaxTextLength ? text : string.Concat(text.AsSpan(0, MaxTextLength), "…");

    [LoggerMessage(EventId = 4, EventName = "StorageFull", Level = LogLevel.Warning, Message = "A write in {Method} was refused: the database cannot grow ({Reason}); free disk space or raise Storage:MaxDatabaseMiB")]
    private partial void LogStorageFull(string method, string reason);

    [LoggerMessage(EventId = 3, EventName = "DatabaseUnavailable", Level = LogLevel.Error, Message = "The database cannot be opened or read in {Method}")]
    private partial void LogDatabaseUnavailable(Exception exception, string method);

    [LoggerMessage(EventId = 2, EventName = "UnexpectedFailure", Level = LogLevel.Error, Message = "Unhandled exception in {Method} (correlation id {CorrelationId})")]
    private partial void LogUnexpected(Exception exception, string method, string correlationId);
}
