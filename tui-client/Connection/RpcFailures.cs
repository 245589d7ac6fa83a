using CchcGrpc.Client.Cli;
using Google.Rpc;
using Grpc.Core;

namespace CchcGrpc.Client.Connection;

/// <summary>Turns a failed call into the exit code and the sentence a person or a script needs.</summary>
public static class RpcFailures
{
    public static int ExitCode(StatusCode code) => code switch
    {
        StatusCode.Unavailable or StatusCode.DeadlineExceeded or StatusCode.Unauthenticated or StatusCode.PermissionDenied
            or StatusCode.Cancelled => ExitCodes.ConnectionOrAuth,
        _ => ExitCodes.DataRejected,
    };

    public static int Report(RpcException e, Messages messages, TextWriter error, string server)
    {
        var code = e.StatusCode;
        var detail = Detail(e);
        var line = code switch
        {
            StatusCode.Unavailable or StatusCode.DeadlineExceeded or StatusCode.Cancelled => messages.Format("unreachable", server, Name(code), detail),
            // The sentence goes on after the server's ("…. Run `cchc login`…"): one full stop, not two.
            StatusCode.Unauthenticated => messages.Format("auth", Name(code), detail.TrimEnd('.')),
            StatusCode.PermissionDenied => messages.Format("denied", Name(code), detail.TrimEnd('.')),
            _ => messages.Format("rejected", Name(code), detail),
        };
        error.WriteLine(line);
        return ExitCode(code);
    }

    /// <summary>The sentence for a person: the server's localized message when it sent one, else the status message.</summary>
    public static string Detail(RpcException e) =>
        e.GetRpcStatus()?.GetDetail<LocalizedMessage>() is { Message.Length: > 0 } localized ? localized.Message : e.Status.Detail;

    /// <summary>The stable reason (google.rpc.ErrorInfo) scripts can branch on, e.g. STALE_REVISION; empty when none.</summary>
    public static string Reason(RpcException e) => e.GetRpcStatus()?.GetDetail<ErrorInfo>()?.Reason ?? "";

    /// <summary>The canonical upper-case name scripts grep for ("UNAVAILABLE").</summary>
    public static string Name(StatusCode code) => code switch
    {
        StatusCode.OK => "OK",
        StatusCode.DeadlineExceeded => "DEADLINE_EXCEEDED",
        StatusCode.NotFound => "NOT_FOUND",
        StatusCode.AlreadyExists => "ALREADY_EXISTS",
        StatusCode.PermissionDenied => "PERMISSION_DENIED",
        StatusCode.ResourceExhausted => "RESOURCE_EXHAUSTED",
        StatusCode.FailedPrecondition => "FAILED_PRECONDITION",
        StatusCode.OutOfRange => "OUT_OF_RANGE",
        StatusCode.InvalidArgument => "INVALID_ARGUMENT",
        StatusCode.DataLoss => "DATA_LOSS",
        _ => code.ToString().ToUpperInvariant(),
    };
}
