using System.Diagnostics;
using System.Text.Json;

namespace CchcGrpc.Tests.Interop;

/// <summary>
/// The peers of tests/interop: Debian's python3-grpcio (under /usr/bin/python3, not a pyenv
/// python3) and npm's @grpc/grpc-js, run as processes; `.ci/run` installs both.
/// </summary>
public static class PeerClient
{
    public static string InteropFolder
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "CchcGrpc.sln")))
                {
                    return Path.Combine(dir.FullName, "tests", "interop");
                }
            }
            throw new DirectoryNotFoundException("tests/interop: CchcGrpc.sln not found above the test binaries.");
        }
    }

    /// <summary>(program, script) of a peer: "python" or "node".</summary>
    public static (string Program, string Script) Of(string peer, string script) => peer switch
    {
        "python" => ("/usr/bin/python3", Path.Combine(InteropFolder, "python", script + ".py")),
        "node" => ("node", Path.Combine(InteropFolder, "node", script + ".js")),
        _ => throw new ArgumentException($"unknown peer {peer}"),
    };

    /// <summary>Runs a peer script; its stdout parsed as JSON, or a failure that quotes what it printed.</summary>
    public static async Task<JsonElement> RunAsync(string peer, string script, params string[] args)
    {
        var (program, path) = Of(peer, script);
        var info = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(path);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"{program} did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{peer} {script} did not finish in 120 s; stderr: {await error}");
        }
        var stdout = await output;
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{peer} {script} exited {process.ExitCode}: {await error}\n{stdout}\n" +
                "(the peers come from .ci/run: apt-get install python3-grpcio python3-protobuf protobuf-compiler grpc-proto; npm ci --prefix tests/interop/node)");
        }
        return JsonDocument.Parse(stdout).RootElement.Clone();
    }
}
