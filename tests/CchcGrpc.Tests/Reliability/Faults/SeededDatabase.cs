using CchcGrpc.Tests.Imports;
using Microsoft.Data.Sqlite;

namespace CchcGrpc.Tests.Reliability.Faults;

/// <summary>
/// A database as a server process's first start leaves it (the sample province and demo reports),
/// with the soak's accounts for Gia Nghĩa (67.660) and their tokens, stopped cleanly (log folded
/// into the file): each test copies it instead of paying for a first start of its own.
/// </summary>
public sealed class SeededDatabase : IAsyncLifetime
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("cchc-seeded-");

    public const string Unit = "67.660";

    public string Path => System.IO.Path.Combine(_folder.FullName, "cchc.db");

    public IReadOnlyDictionary<string, string> Tokens { get; private set; } = new Dictionary<string, string>();

    public async Task InitializeAsync()
    {
        using var server = await ServerProcess.StartAsync(Path);
        Tokens = await SoakAccounts.CreateAsync(Path, [Unit]);
        SqliteConnection.ClearAllPools();
        server.Terminate();
        if (!await server.WaitForExitAsync(TimeSpan.FromSeconds(30)))
        {
            throw new InvalidOperationException("the seeding server did not stop within 30 s");
        }
    }

    /// <summary>A copy of the seeded file at <paramref name="destination"/>.</summary>
    public void CopyTo(string destination) => File.Copy(Path, destination);

    public Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        _folder.Delete(recursive: true);
        return Task.CompletedTask;
    }
}
