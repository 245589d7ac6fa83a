namespace CchcGrpc.Bench.Wire;

/// <summary>
/// The pinning used with taskset: on this 2-core class of machine the load generator and the server
/// each get one core, so every server under test has the same CPU budget whatever its threading.
/// </summary>
internal static class CpuAffinity
{
    public const string LoadGeneratorCpus = "0";

    public static string ServerCpus => Environment.ProcessorCount > 2 ? $"1-{Environment.ProcessorCount - 1}" : "1";
}
