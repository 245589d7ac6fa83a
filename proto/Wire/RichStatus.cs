using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;

namespace CchcGrpc.Wire;

/// <summary>Builds and reads google.rpc.Status, the payload of grpc-status-details-bin.</summary>
public static class RichStatus
{
    /// <summary>A status whose details are the given messages (BadRequest, ErrorInfo, …).</summary>
    public static Status Create(StatusCode code, string detail, params IMessage[] details)
    {
        var rich = new Google.Rpc.Status { Code = (int)code, Message = detail };
        foreach (var d in details)
        {
            rich.Details.Add(Any.Pack(d));
        }
        return new Status(code, detail, rich);
    }

    /// <summary>The first detail of the given type, or null.</summary>
    public static T? GetDetail<T>(this Status status)
        where T : class, IMessage<T>, new()
    {
        if (status.RichStatus is null)
        {
            return null;
        }
        foreach (var any in status.RichStatus.Details)
        {
            if (any.TryUnpack<T>(out var detail))
            {
                return detail;
            }
        }
        return null;
    }
}
