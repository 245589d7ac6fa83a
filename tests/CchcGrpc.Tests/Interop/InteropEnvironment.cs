namespace CchcGrpc.Tests.Interop;

/// <summary>
/// Where the independent peers (grpcio on Debian's python, grpc-js on node) live, and whether this
/// machine can run them. A missing peer fails its tests with the command that installs it: CI
/// installs them (.ci/run), so a skip there would hide a broken setup.
/// </summary>
internal static class InteropEnvironment
{
    public const string Python = "python";
    public const string Node = "node";

    private const string DebianProtoRoot = "/usr/share/grpc-proto";
    private const string AptPackages = "python3-grpcio python3-protobuf protobuf-compiler grpc-proto";

    private static readonly Lazy<string> Root = new(FindRepoRoot);
    private static readonly Lazy<string?> PythonProblem = new(CheckPython);
    private static readonly Lazy<string?> NodeProblem = new(CheckNode);

    public static IReadOnlyList<string> Peers { get; } = [Python, Node];

    public static string RepoRoot => Root.Value;

    public static string PythonPeerDir => Path.Combine(RepoRoot, "tests", "interop", "python");

    public static string NodePeerDir => Path.Combine(RepoRoot, "tests", "interop", "node");

    /// <summary>Debian's interpreter, which has python3-grpcio; a pyenv python first on PATH does not.</summary>
    public static string PythonExecutable => Environment.GetEnvironmentVariable("CCHC_INTEROP_PYTHON") ?? "/usr/bin/python3";

    public static string NodeExecutable => Environment.GetEnvironmentVariable("CCHC_INTEROP_NODE") ?? FindOnPath("node") ?? "/usr/bin/node";

    /// <summary>Fails the calling test, with how to fix it, unless the peer can run here.</summary>
    public static void RequirePeer(string peer)
    {
        var problem = peer switch
        {
            Python => PythonProblem.Value,
            Node => NodeProblem.Value,
            _ => throw new ArgumentException($"Unknown peer '{peer}'.", nameof(peer)),
        };
        if (problem is not null)
        {
            var byHand = peer == Python
                ? $"apt-get install -y {AptPackages}"
                : "apt-get install -y grpc-proto && npm ci --prefix tests/interop/node";
            Assert.Fail($"The {peer} interop peer cannot run on this machine: {problem}\n" +
                        $"Set it up with `bash .ci/run` from {RepoRoot} (installs every peer, then runs all tests), or by hand: `{byHand}`.");
        }
    }

    /// <summary>The program, arguments and folder that run a peer's script.</summary>
    public static (string FileName, string[] Arguments, string WorkingDirectory) Command(string peer, string script, IEnumerable<string> arguments) => peer switch
    {
        Python => (PythonExecutable, [script + ".py", .. arguments], PythonPeerDir),
        Node => (NodeExecutable, [script + ".js", .. arguments], NodePeerDir),
        _ => throw new ArgumentException($"Unknown peer '{peer}'.", nameof(peer)),
    };

    private static string? CheckPython()
    {
        if (!File.Exists(PythonExecutable))
        {
            return $"{PythonExecutable} does not exist (CCHC_INTEROP_PYTHON chooses another interpreter; it needs grpcio and protobuf).";
        }
        if (FindOnPath("protoc") is null)
        {
            return "protoc is not on PATH (the python peer generates its *_pb2 modules with it).";
        }
        if (!File.Exists(Path.Combine(DebianProtoRoot, "grpc", "testing", "test.proto")))
        {
            return $"{DebianProtoRoot}/grpc/testing/test.proto is missing (Debian package grpc-proto).";
        }
        var result = PeerProcess.RunAsync(PythonExecutable, ["-c", "import grpc, google.protobuf"], PythonPeerDir, TimeSpan.FromSeconds(30))
            .GetAwaiter().GetResult();
        // The traceback's last line names the missing module.
        var why = result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault() ?? $"exit {result.ExitCode}";
        return result.ExitCode == 0 ? null : $"{PythonExecutable} cannot import grpc and google.protobuf ({why}).";
    }

    private static string? CheckNode()
    {
        if (!File.Exists(NodeExecutable))
        {
            return Environment.GetEnvironmentVariable("CCHC_INTEROP_NODE") is { } chosen
                ? $"CCHC_INTEROP_NODE={chosen} does not exist."
                : "node is not on PATH (nor at /usr/bin/node).";
        }
        foreach (var package in (string[])["@grpc/grpc-js", "@grpc/proto-loader"])
        {
            if (!File.Exists(Path.Combine(NodePeerDir, "node_modules", package, "package.json")))
            {
                return $"{package} is not installed in {NodePeerDir}/node_modules.";
            }
        }
        return File.Exists(Path.Combine(DebianProtoRoot, "grpc", "testing", "test.proto"))
            ? null
            : $"{DebianProtoRoot}/grpc/testing/test.proto is missing (Debian package grpc-proto).";
    }

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CchcGrpc.sln")) && Directory.Exists(Path.Combine(dir.FullName, "tests", "interop")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException($"No CchcGrpc.sln with tests/interop above {AppContext.BaseDirectory}.");
    }

    private static string? FindOnPath(string program)
    {
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(dir, program);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }
        return null;
    }
}
