namespace CchcGrpc.Bench.Wire;

/// <summary>One server through the suite: its process while it runs, its measured runs, or its failure.</summary>
internal sealed class ServerUnderTest(ServerKind kind)
{
    public ServerKind Kind { get; } = kind;

    public string Name => Kind.Name();

    public ServerProcess? Process { get; set; }

    public List<H2LoadRun> Runs { get; } = [];

    public string? Failure { get; private set; }

    public bool Active => Process is not null && Failure is null;

    public void Fail(string message)
    {
        Failure ??= message;
        Console.Error.WriteLine($"{Name}: FAILED: {message}");
    }

    public ServerResult ToResult() => new(Kind, Failure is null ? Runs : [], Failure);
}
