namespace CchcGrpc.Client.Tui.Offline;

/// <summary>
/// Whole-file writes that survive a crash or a power cut at any moment: the bytes go to a temporary file
/// in the same folder, are flushed to the disk, and the temporary file is renamed over the old one (a
/// rename within a folder is atomic), so a reader sees the old content or the new, never half of either.
/// </summary>
public static class AtomicFile
{
    /// <summary>Replaces the file's content with <paramref name="bytes"/>.</summary>
    public static void Write(string path, ReadOnlySpan<byte> bytes)
    {
        string folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(folder);
        string temporary = Path.Combine(folder, $".{Path.GetFileName(path)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 0))
            {
                stream.Write(bytes);
                stream.Flush(flushToDisk: true);
            }
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(temporary, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }
}
