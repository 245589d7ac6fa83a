namespace CchcGrpc.Bench.Wire;

/// <summary>The servers the wire suite compares.</summary>
internal enum ServerKind
{
    Ours,
    OursLogged,
    Kestrel,
    Grpcio,
    GrpcJs,
}
