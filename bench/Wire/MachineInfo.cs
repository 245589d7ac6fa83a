using System.Runtime.InteropServices;

namespace CchcGrpc.Bench.Wire;

/// <summary>The facts about this machine that a benchmark table needs beside it.</summary>
internal sealed record MachineInfo(int Cores, string CpuModel, string Memory, string Os, string Kernel, string Runtime)
{
    public static MachineInfo Read() => new(
        Environment.ProcessorCount,
        ProcField("/proc/cpuinfo", "model name") ?? RuntimeInformation.ProcessArchitecture.ToString(),
        MemoryTotal(),
        OsRelease(),
        ReadOrUnknown("/proc/sys/kernel/osrelease"),
        RuntimeInformation.FrameworkDescription);

    private static string MemoryTotal()
    {
        var kib = ProcField("/proc/meminfo", "MemTotal")?.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0];
        return long.TryParse(kib, out var value) ? $"{value / 1024.0 / 1024.0:0.0} GiB" : "unknown";
    }

    private static string OsRelease()
    {
        try
        {
            var line = File.ReadLines("/etc/os-release").FirstOrDefault(l => l.StartsWith("PRETTY_NAME=", StringComparison.Ordinal));
            return line is null ? RuntimeInformation.OSDescription : line["PRETTY_NAME=".Length..].Trim('"');
        }
        catch (IOException)
        {
            return RuntimeInformation.OSDescription;
        }
    }

    private static string? ProcField(string file, string field)
    {
        try
        {
            return File.ReadLines(file)
                .Where(l => l.StartsWith(field, StringComparison.Ordinal) && l.Contains(':'))
                .Select(l => l[(l.IndexOf(':') + 1)..].Trim())
                .FirstOrDefault();
        }
        catch (IOException)
        {
            return null;
        }
    }

    private static string ReadOrUnknown(string file)
    {
        try
        {
            return File.ReadAllText(file).Trim();
        }
        catch (IOException)
        {
            return "unknown";
        }
    }
}
