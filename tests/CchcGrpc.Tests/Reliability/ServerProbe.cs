namespace CchcGrpc.Tests.Reliability;

/// <summary>A process's resident memory and open file descriptors, from /proc.</summary>
public static class ServerProbe
{
    public static (long RssMiB, int Handles) Of(int pid)
    {
        var rssKiB = File.ReadLines($"/proc/{pid}/status").Where(l => l.StartsWith("VmRSS:", StringComparison.Ordinal))
            .Select(l => long.Parse(l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture)).Single();
        return (rssKiB / 1024, Directory.GetFileSystemEntries($"/proc/{pid}/fd").Length);
    }
}
