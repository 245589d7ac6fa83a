using System.Globalization;

namespace CchcGrpc.Bench.Wire;

/// <summary>Parameters of the wire suite; identical for every server in one run.</summary>
internal sealed record WireOptions
{
    public static readonly WireOptions Defaults = new();

    /// <summary>The most the suite waits for a quiet machine over all its runs.</summary>
    public const int QuietWaitBudgetSeconds = 30;

    public int WarmupSeconds { get; init; } = 20;
    public int DurationSeconds { get; init; } = 5;
    public int Runs { get; init; } = 4;
    public int Connections { get; init; } = 8;
    public int Streams { get; init; } = 16;
    public IReadOnlyList<ServerKind> Servers { get; init; } = ServerKinds.All;
    public bool Pin { get; init; } = true;
    public int QuietWaitSeconds { get; init; } = 3;
    public string? OutputFile { get; init; }
    public bool Write { get; init; } = true;

    public static WireOptions Parse(IReadOnlyList<string> args)
    {
        var options = Defaults;
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            string Value() => i + 1 < args.Count ? args[++i] : throw new BenchFailure($"{name} needs a value");
            int Positive() => int.TryParse(Value(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0
                ? n
                : throw new BenchFailure($"{name} needs a positive integer");
            int NonNegative() => int.TryParse(Value(), NumberStyles.None, CultureInfo.InvariantCulture, out var n)
                ? n
                : throw new BenchFailure($"{name} needs a whole number");
            options = name switch
            {
                "--warmup" => options with { WarmupSeconds = Positive() },
                "--duration" => options with { DurationSeconds = Positive() },
                "--runs" => options with { Runs = Positive() },
                "-c" or "--connections" => options with { Connections = Positive() },
                "-m" or "--streams" => options with { Streams = Positive() },
                "--servers" => options with { Servers = ServerKinds.ParseList(Value()) },
                "--no-pin" => options with { Pin = false },
                "--quiet-wait" => options with { QuietWaitSeconds = NonNegative() },
                "--out" => options with { OutputFile = Path.GetFullPath(Value()) },
                "--no-write" => options with { Write = false },
                _ => throw new BenchFailure($"unknown wire option {name} (see --help)"),
            };
        }
        return options;
    }
}
