namespace CchcGrpc.Tests.Tui.Offline;

/// <summary>A config folder of its own for one test, removed after it.</summary>
public sealed class OfflineFolder : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "cchc-offline-" + Guid.NewGuid().ToString("N")[..8]);

    public OfflineFolder() => Directory.CreateDirectory(Path);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // Temp folders are cleaned by the OS.
        }
    }
}
