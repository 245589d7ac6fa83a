namespace CchcGrpc.Wire;

/// <summary>
/// A call that ended with a status other than OK. Thrown by clients when a call fails and by
/// server handlers to end a call with that status (its trailers are sent too).
/// </summary>
public sealed class RpcException : Exception
{
    public RpcException(Status status, Metadata? trailers = null)
        : base(status.ToString())
    {
        Status = status;
        Trailers = trailers ?? new Metadata();
    }

    public RpcException(StatusCode code, string detail)
        : this(new Status(code, detail))
    {
    }

    public Status Status { get; }

    public StatusCode StatusCode => Status.Code;

    public Metadata Trailers { get; }
}
