using CchcGrpc.Bench.Infrastructure;

namespace CchcGrpc.Bench.Wire;

/// <summary>The external tools the wire suite needs, located up front so a gap fails before any load runs.</summary>
internal sealed class Prerequisites
{
    /// <summary>Debian's interpreter: the one python3-grpcio is installed for (a python3 on PATH may be another).</summary>
    public const string DebianPython = "/usr/bin/python3";

    public required string H2Load { get; init; }
    public required string Nghttp2Version { get; init; }
    public string? TaskSet { get; init; }
    public string? Protoc { get; init; }
    public string? Python { get; init; }
    public string? GrpcioVersion { get; init; }
    public string? Node { get; init; }
    public string? GrpcJsVersion { get; init; }

    public static async Task<Prerequisites> CheckAsync(WireOptions options)
    {
        var missing = new List<string>();
        var timeout = TimeSpan.FromSeconds(30);

        var h2load = ToolRunner.FindOnPath("h2load");
        var nghttp2Version = "";
        if (h2load is null)
        {
            missing.Add("h2load (the load generator): apt-get install nghttp2-client");
        }
        else
        {
            nghttp2Version = (await ToolRunner.RunAsync(h2load, ["--version"], timeout)).StandardOutput.Trim();
        }

        string? taskset = null;
        if (options.Pin && Environment.ProcessorCount >= 2)
        {
            taskset = ToolRunner.FindOnPath("taskset");
            if (taskset is null)
            {
                missing.Add("taskset (CPU pinning; or pass --no-pin): apt-get install util-linux");
            }
        }

        string? protoc = null, python = null, grpcioVersion = null;
        if (options.Servers.Contains(ServerKind.Grpcio))
        {
            protoc = ToolRunner.FindOnPath("protoc");
            if (protoc is null)
            {
                missing.Add("protoc (generates bench_pb2 for the grpcio peer): apt-get install protobuf-compiler");
            }
            if (!File.Exists(DebianPython))
            {
                missing.Add($"{DebianPython} with grpcio: apt-get install python3 python3-grpcio python3-protobuf");
            }
            else
            {
                var probe = await ToolRunner.RunAsync(DebianPython,
                    ["-c", "import grpc, google.protobuf; print(grpc.__version__)"], timeout);
                if (probe.ExitCode != 0)
                {
                    missing.Add($"grpcio/protobuf for {DebianPython}: apt-get install python3-grpcio python3-protobuf");
                }
                else
                {
                    python = DebianPython;
                    grpcioVersion = probe.StandardOutput.Trim();
                }
            }
        }

        string? node = null, grpcJsVersion = null;
        if (options.Servers.Contains(ServerKind.GrpcJs))
        {
            node = ToolRunner.FindOnPath("node");
            if (node is null)
            {
                missing.Add("node (the grpc-js peer): apt-get install nodejs npm");
            }
            var grpcJsPackage = Path.Combine(BenchPaths.NodePeer, "node_modules", "@grpc", "grpc-js", "package.json");
            var protoLoader = Path.Combine(BenchPaths.NodePeer, "node_modules", "@grpc", "proto-loader", "package.json");
            if (!File.Exists(grpcJsPackage) || !File.Exists(protoLoader))
            {
                missing.Add("@grpc/grpc-js and @grpc/proto-loader for the node peer: npm ci --prefix bench/peers/node");
            }
            else
            {
                grpcJsVersion = ReadVersion(grpcJsPackage);
            }
        }

        if (missing.Count > 0)
        {
            throw new BenchFailure("missing prerequisites:\n  - " + string.Join("\n  - ", missing)
                + "\n(or leave a peer out with --servers, e.g. --servers ours,kestrel)");
        }
        return new Prerequisites
        {
            H2Load = h2load!,
            Nghttp2Version = nghttp2Version,
            TaskSet = taskset,
            Protoc = protoc,
            Python = python,
            GrpcioVersion = grpcioVersion,
            Node = node,
            GrpcJsVersion = grpcJsVersion,
        };
    }

    private static string ReadVersion(string packageJson)
    {
        using var document = System.Text.Json.JsonDocument.Parse(File.ReadAllText(packageJson));
        return document.RootElement.GetProperty("version").GetString() ?? "?";
    }
}
