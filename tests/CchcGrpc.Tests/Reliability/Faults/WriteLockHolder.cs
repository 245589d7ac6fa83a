using System.Diagnostics;

namespace CchcGrpc.Tests.Reliability.Faults;

/// <summary>
/// Another program holding the database's write lock, as a maintenance tool or a hand-run script
/// would: a Python process (its own SQLite) that runs BEGIN IMMEDIATE and keeps the transaction
/// open until <see cref="Release"/>, then rolls it back.
/// </summary>
public sealed class WriteLockHolder : IDisposable
{
    private const string Script = """
        import sqlite3, sys
        connection = sqlite3.connect(sys.argv[1], isolation_level=None)
        connection.execute("BEGIN IMMEDIATE")
        print("locked", flush=True)
        sys.stdin.readline()
        connection.execute("ROLLBACK")
        print("released", flush=True)
        """;

    private readonly Process _process;

    private WriteLockHolder(Process process) => _process = process;

    /// <summary>Starts the holder and returns once it has the lock.</summary>
    public static async Task<WriteLockHolder> LockAsync(string database)
    {
        // Debian's python3 (CI installs it for the interop peers); any python3 on the path otherwise.
        var python = File.Exists("/usr/bin/python3") ? "/usr/bin/python3" : "python3";
        var info = new ProcessStartInfo(python) { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add("-c");
        info.ArgumentList.Add(Script);
        info.ArgumentList.Add(database);
        var process = Process.Start(info)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var line = await process.StandardOutput.ReadLineAsync(timeout.Token);
        if (line != "locked")
        {
            throw new InvalidOperationException($"the lock holder did not get the lock: {line} {await process.StandardError.ReadToEndAsync()}");
        }
        return new WriteLockHolder(process);
    }

    /// <summary>Rolls the holder's transaction back and waits until the lock is free.</summary>
    public async Task ReleaseAsync()
    {
        if (_process.HasExited)
        {
            return;
        }
        await _process.StandardInput.WriteLineAsync();
        await _process.StandardInput.FlushAsync();
        var line = await _process.StandardOutput.ReadLineAsync();
        await _process.WaitForExitAsync();
        if (line != "released")
        {
            throw new InvalidOperationException($"the lock holder ended with: {line} {await _process.StandardError.ReadToEndAsync()}");
        }
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            _process.WaitForExit();
        }
        _process.Dispose();
    }
}
