namespace CchcGrpc.Bench.Infrastructure;

/// <summary>
/// How a server under test learns to stop: the harness closes the child's standard input (and it
/// closes by itself when the harness dies), so no server outlives the benchmark.
/// </summary>
internal static class StdinShutdown
{
    public static Task WaitAsync() => Task.Run(() =>
    {
        var stdin = Console.OpenStandardInput();
        var buffer = new byte[256];
        while (stdin.Read(buffer, 0, buffer.Length) > 0)
        {
        }
    });
}
