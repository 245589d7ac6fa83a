namespace CchcGrpc.Wire;

/// <summary>
/// The outcome of a call: a code, a human-readable detail and, for rich errors, the
/// google.rpc.Status that travels in grpc-status-details-bin.
/// </summary>
public readonly record struct Status(StatusCode Code, string Detail, Google.Rpc.Status? RichStatus = null)
{
    public static readonly Status Ok = new(StatusCode.OK, "");

    public override string ToString() =>
        Detail.Length == 0 ? Code.ToString() : $"{Code}: {Detail}";
}
