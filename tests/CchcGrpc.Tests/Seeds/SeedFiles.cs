namespace CchcGrpc.Tests.Seeds;

/// <summary>
/// Finds the seed documents: <c>&lt;repo&gt;/../shared/seeds</c> (the repository is found by walking up
/// to CchcGrpc.sln), or the directory named by <c>CCHC_SEEDS</c>.
/// </summary>
public static class SeedFiles
{
    public const string ProvinceAnnual2022 = "000_f64a46598953a945.txt";
    public const string DepartmentHalfYear2022 = "004_f8aff78c2adacae1.txt";
    public const string OfficeIndexReport2020 = "002_f535a25cdda1826c.txt";
    public const string ProvincePlan2024 = "003_8b70527b1329b439.txt";

    private static readonly Lazy<string> Directory = new(Locate);

    public static string PathOf(string name) => Path.Combine(Directory.Value, name);

    public static string[] ReadLines(string name) => File.ReadAllLines(PathOf(name));

    private static string Locate()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CchcGrpc.sln")))
            {
                var sibling = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "seeds"));
                if (System.IO.Directory.Exists(sibling)) return sibling;
                break;
            }
        }

        return Environment.GetEnvironmentVariable("CCHC_SEEDS") is { Length: > 0 } fromEnv && System.IO.Directory.Exists(fromEnv)
            ? fromEnv
            : throw new DirectoryNotFoundException("Seed documents not found: expected <repo>/../shared/seeds or CCHC_SEEDS");
    }
}
