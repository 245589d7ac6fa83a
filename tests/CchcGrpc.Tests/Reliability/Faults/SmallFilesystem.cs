using System.Diagnostics;

namespace CchcGrpc.Tests.Reliability.Faults;

/// <summary>
/// A real filesystem of a few MiB (tmpfs, mounted for the test) that can be filled to the last
/// byte and freed again: the disk-full case as the kernel reports it (ENOSPC), not simulated.
/// Mounting needs root with CAP_SYS_ADMIN (CI containers and this machine have it);
/// <see cref="CannotMount"/> says why not elsewhere.
/// </summary>
public sealed class SmallFilesystem : IDisposable
{
    private static readonly Lazy<string?> Refusal = new(Probe);
    private readonly string _filler;

    private SmallFilesystem(string path)
    {
        Path = path;
        _filler = System.IO.Path.Combine(path, "filler");
    }

    public string Path { get; }

    /// <summary>Null when a tmpfs can be mounted here; else why not (a skip reason).</summary>
    public static string? CannotMount => Refusal.Value;

    public static SmallFilesystem Mount(int megabytes)
    {
        var path = Directory.CreateTempSubdirectory("cchc-fs-").FullName;
        if (Run("mount", "-t", "tmpfs", "-o", $"size={megabytes}m,mode=0700", "tmpfs", path) is { } error)
        {
            Directory.Delete(path);
            throw new InvalidOperationException($"mount tmpfs on {path}: {error}");
        }
        return new SmallFilesystem(path);
    }

    /// <summary>Writes a file until the filesystem has no byte left; returns how many it took.</summary>
    public long Fill()
    {
        long written = 0;
        using var file = new FileStream(_filler, FileMode.Append, FileAccess.Write, FileShare.None, 1, FileOptions.None);
        foreach (var size in new[] { 1 << 20, 1 << 16, 1 << 12, 1 << 9 })
        {
            var chunk = new byte[size];
            while (true)
            {
                try
                {
                    file.Write(chunk);
                    file.Flush();
                    written += size;
                }
                catch (IOException)
                {
                    break;
                }
            }
        }
        return written;
    }

    /// <summary>Bytes still free, as statfs reports them.</summary>
    public long FreeBytes => new DriveInfo(Path).AvailableFreeSpace;

    /// <summary>Deletes what <see cref="Fill"/> wrote: the space returns.</summary>
    public void Free() => File.Delete(_filler);

    public void Dispose()
    {
        // A lazy unmount if a handle is still open (a pooled connection of the test process).
        if (Run("umount", Path) is not null)
        {
            Run("umount", "-l", Path);
        }
        Directory.Delete(Path, recursive: true);
    }

    private static string? Probe()
    {
        if (!OperatingSystem.IsLinux())
        {
            return "needs Linux (tmpfs)";
        }
        try
        {
            using var filesystem = Mount(1);
            return null;
        }
        catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            return "cannot mount a tmpfs here (needs root with CAP_SYS_ADMIN): " + e.Message;
        }
    }

    /// <summary>Null when the command succeeded; else what it said.</summary>
    private static string? Run(string command, params string[] args)
    {
        var info = new ProcessStartInfo(command) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }
        using var process = Process.Start(info)!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0 ? null : $"exit {process.ExitCode}: {error.Trim()}";
    }
}
