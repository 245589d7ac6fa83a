namespace CchcGrpc.Bench.Wire;

/// <summary>Names and descriptions of <see cref="ServerKind"/>.</summary>
internal static class ServerKinds
{
    public static readonly IReadOnlyList<ServerKind> All = [ServerKind.Ours, ServerKind.OursLogged, ServerKind.Kestrel, ServerKind.Grpcio, ServerKind.GrpcJs];

    public static string Name(this ServerKind kind) => kind switch
    {
        ServerKind.Ours => "ours",
        ServerKind.OursLogged => "ours-log",
        ServerKind.Kestrel => "kestrel",
        ServerKind.Grpcio => "grpcio",
        ServerKind.GrpcJs => "grpc-js",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static string Description(this ServerKind kind) => kind switch
    {
        ServerKind.Ours => "(a) CchcGrpc as it ships (ServerApp: grpc-dotnet 2.85 on Kestrel, the call-log, error and authentication interceptors, gzip offered), Release, Server GC; per-call log off (CallLog at Warning), as the other servers log nothing per call",
        ServerKind.OursLogged => "(a') the same with its per-call Information log on (the default), written by the console logger to a drained pipe",
        ServerKind.Kestrel => "(b) bare Kestrel h2c (empty builder, no logging), pre-framed bytes + grpc-status trailer: the ceiling",
        ServerKind.Grpcio => "(c) Python grpcio, grpc.aio generic handler, protoc pb2",
        ServerKind.GrpcJs => "(d) Node @grpc/grpc-js with @grpc/proto-loader",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static IReadOnlyList<ServerKind> ParseList(string list)
    {
        var kinds = new List<ServerKind>();
        foreach (var name in list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var kind = All.FirstOrDefault(k => k.Name() == name, (ServerKind)(-1));
            if (kind == (ServerKind)(-1))
            {
                throw new BenchFailure($"unknown server '{name}'; choose from {string.Join(',', All.Select(Name))}");
            }
            if (!kinds.Contains(kind))
            {
                kinds.Add(kind);
            }
        }
        return kinds.Count > 0 ? kinds : throw new BenchFailure("--servers names no server");
    }
}
