using System.Text.Json;

namespace CchcGrpc.Client.Connection;

/// <summary>
/// The login token in the config directory, readable only by its owner (0600 from the moment
/// it is created: the file is never briefly world-readable).
/// </summary>
public sealed class TokenStore(string configDirectory)
{
    public string FilePath { get; } = Path.Combine(configDirectory, "token");

    public void Save(StoredLogin login)
    {
        Directory.CreateDirectory(configDirectory);
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(configDirectory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        using (var stream = new FileStream(FilePath, options))
            JsonSerializer.Serialize(stream, login);
        // An existing file keeps its old mode on open; tighten it too.
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(FilePath, UnixFileMode.UserRead | UnixFileMode.UserWrite);
    }

    public StoredLogin? Load()
    {
        if (!File.Exists(FilePath))
            return null;
        try
        {
            return JsonSerializer.Deserialize<StoredLogin>(File.ReadAllText(FilePath));
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
