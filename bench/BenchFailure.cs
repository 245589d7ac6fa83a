namespace CchcGrpc.Bench;

/// <summary>A benchmark that cannot run or whose result is invalid; the message says why and what to do.</summary>
internal sealed class BenchFailure(string message) : Exception(message);
