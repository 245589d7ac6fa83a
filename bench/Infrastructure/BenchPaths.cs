namespace CchcGrpc.Bench.Infrastructure;

/// <summary>Where the bench's own files are: found by walking up to the folder holding its project file.</summary>
internal static class BenchPaths
{
    private const string ProjectFile = "CchcGrpc.Bench.csproj";

    private static readonly Lazy<string> Root = new(FindRoot);

    /// <summary>The bench/ folder of the repository.</summary>
    public static string BenchDirectory => Root.Value;

    public static string Protos => Path.Combine(BenchDirectory, "Protos");

    public static string NodePeer => Path.Combine(BenchDirectory, "peers", "node");

    public static string PythonPeer => Path.Combine(BenchDirectory, "peers", "python");

    public static string Results => Path.Combine(BenchDirectory, "results");

    private static string FindRoot()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, ProjectFile)))
                {
                    return dir.FullName;
                }
                var nested = Path.Combine(dir.FullName, "bench", ProjectFile);
                if (File.Exists(nested))
                {
                    return Path.GetDirectoryName(nested)!;
                }
            }
        }
        throw new BenchFailure($"cannot find bench/{ProjectFile} above {AppContext.BaseDirectory}; run from the repository.");
    }
}
