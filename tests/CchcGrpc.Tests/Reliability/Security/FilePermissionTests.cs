using CchcGrpc.Client.Connection;
using CchcGrpc.Server.Store;
using CchcGrpc.Tests.Imports;
using Dapper;
using Microsoft.Data.Sqlite;

namespace CchcGrpc.Tests.Reliability.Security;

/// <summary>
/// The files that hold secrets are readable by their owner only (0600): the database (password
/// hashes, every unit's reports) with its -wal and -shm files, a backup of it, and the client's
/// token file — from the moment they are created, and tightened if they were left wider.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class FilePermissionTests : IDisposable
{
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("cchc-perm-");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _folder.Delete(recursive: true);
    }

    [Fact]
    public void A_new_database_and_its_write_ahead_log_are_0600()
    {
        var path = Path.Combine(_folder.FullName, "cchc.db");
        var database = Database.Open(path, TimeProvider.System);
        using (var connection = database.Connect())
        {
            connection.Execute("CREATE TABLE probe (x); INSERT INTO probe VALUES (1)");
            Assert.All(new[] { path, path + "-wal", path + "-shm" }, f => Assert.Equal((f, OwnerOnly), (f, File.GetUnixFileMode(f))));
        }
        database.Close();
    }

    [Fact]
    public void A_database_left_world_readable_is_tightened_when_opened()
    {
        var path = Path.Combine(_folder.FullName, "cchc.db");
        Database.Open(path, TimeProvider.System).Close();
        File.SetUnixFileMode(path, OwnerOnly | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        Database.Open(path, TimeProvider.System).Close();
        Assert.Equal(OwnerOnly, File.GetUnixFileMode(path));
    }

    [Fact]
    public async Task A_backup_made_by_the_server_verb_is_0600()
    {
        var path = Path.Combine(_folder.FullName, "cchc.db");
        await ServerProcess.VerbAsync(path, "", "user", "add", "svc.backup", "--role", "service");
        var backup = Path.Combine(_folder.FullName, "sao-luu.db");
        await ServerProcess.VerbAsync(path, "", "backup", backup);
        Assert.Equal(OwnerOnly, File.GetUnixFileMode(backup));
        Assert.Equal(OwnerOnly, File.GetUnixFileMode(path));
    }

    [Fact]
    public void The_client_token_file_is_0600_even_when_an_old_one_was_wider()
    {
        var store = new TokenStore(Path.Combine(_folder.FullName, "config"));
        Directory.CreateDirectory(Path.Combine(_folder.FullName, "config"));
        File.WriteAllText(store.FilePath, "{}");
        File.SetUnixFileMode(store.FilePath, OwnerOnly | UnixFileMode.OtherRead);
        store.Save(new StoredLogin("http://127.0.0.1:50051", "cchc_thu", "op.gianghia", "2026-12-04T00:00:00Z"));
        Assert.Equal(OwnerOnly, File.GetUnixFileMode(store.FilePath));
    }
}
