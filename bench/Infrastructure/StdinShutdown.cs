using System.Globalization;

namespace CchcGrpc.Bench.Infrastructure;

/// <summary>
/// How the harness talks to a .NET server under test over its standard input: a line "stats" is
/// answered on standard output with "STATS &lt;allocated bytes&gt; &lt;gen0&gt; &lt;gen1&gt; &lt;gen2&gt;"; end of
/// input (the harness closed it, or died) means stop, so no server outlives the benchmark.
/// </summary>
internal static class StdinShutdown
{
    public static Task WaitAsync() => Task.Run(() =>
    {
        using var input = new StreamReader(Console.OpenStandardInput());
        while (input.ReadLine() is { } line)
        {
            if (line.Trim() == "stats")
            {
                Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"STATS {GC.GetTotalAllocatedBytes(precise: true)} {GC.CollectionCount(0)} {GC.CollectionCount(1)} {GC.CollectionCount(2)}"));
                Console.Out.Flush();
            }
        }
    });
}
