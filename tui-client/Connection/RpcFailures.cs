using CchcGrpc.Client.Cli;
using CchcGrpc.Wire;

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
        var code = e.Status.Code;
        var line = code switch
        {
            StatusCode.Unavailable or StatusCode.DeadlineExceeded or StatusCode.Cancelled => messages.Format("unreachable", server, Name(code), e.Status.Detail),
            StatusCode.Unauthenticated or StatusCode.PermissionDenied => messages.Format("auth", Name(code), e.Status.Detail),
            _ => messages.Format("rejected", Name(code), e.Status.Detail),
        };
        error.WriteLine(line);
        return ExitCode(code);
    }

    /// <summary>The canonical upper-case name scripts grep for ("UNAVAILABLE").</summary>
    public static string Name(StatusCode code) => code switch
    {
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
