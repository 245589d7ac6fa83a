using System.Net;
using System.Net.Sockets;
using CchcGrpc.Tests.Imports;

namespace CchcGrpc.Tests.Hosting;

/// <summary>
/// A server that cannot start with what it was given says why in one sentence on stderr and exits 1:
/// no stack trace, nothing listening, whatever the setting (a malformed size quota, a certificate that
/// is not there, a port another program holds).
/// </summary>
public sealed class StartupErrorTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "cchc-start-" + Guid.NewGuid().ToString("N")[..8]);

    public StartupErrorTests() => Directory.CreateDirectory(_folder);

    private string Database => Path.Combine(_folder, "cchc.db");

    [Fact]
    public async Task A_malformed_size_quota_is_named_with_the_values_it_takes()
    {
        var (code, _, error) = await ServerProcess.RunToExitAsync(["--listen", $"127.0.0.1:{ServerProcess.FreePort()}", "--db", Database],
            new Dictionary<string, string> { ["Storage__MaxDatabaseMiB"] = "nhiều" });
        AssertOneSentence(code, error, "Storage:MaxDatabaseMiB", "nhiều");
    }

    [Fact]
    public async Task A_certificate_that_is_not_there_is_named()
    {
        var missing = Path.Combine(_folder, "khong-co.pfx");
        var (code, _, error) = await ServerProcess.RunToExitAsync(["--listen", $"127.0.0.1:{ServerProcess.FreePort()}", "--db", Database, "--cert", missing]);
        AssertOneSentence(code, error, "khong-co.pfx");
    }

    [Fact]
    public async Task A_port_another_program_holds_is_named()
    {
        using var holder = new TcpListener(IPAddress.Loopback, 0);
        holder.Start();
        var port = ((IPEndPoint)holder.LocalEndpoint).Port;
        var (code, output, error) = await ServerProcess.RunToExitAsync(["--listen", $"127.0.0.1:{port}", "--db", Database]);
        AssertOneSentence(code, error, port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal); // nor in the log on stdout
    }

    private static void AssertOneSentence(int code, string error, params string[] named)
    {
        Assert.Equal(1, code);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), l => l.StartsWith("cchc-server: cannot start: ", StringComparison.Ordinal));
        Assert.All(named, n => Assert.Contains(n, line, StringComparison.Ordinal));
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", error, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Temp folders are cleaned by the OS.
        }
    }
}
