using System.Globalization;

namespace CchcGrpc.Bench.National;

/// <summary>Parameters of the national-scale suite: `national [--units N] [--indicators N] [--periods N] [--seconds N] [--db PATH]`.</summary>
internal sealed record NationalOptions
{
    public int Units { get; init; } = 5000;

    public int Provinces { get; init; } = 63;

    public int Districts { get; init; } = 700;

    public int Indicators { get; init; } = 150;

    public int Periods { get; init; } = 7;

    public int Clients { get; init; } = 50;

    public double Seconds { get; init; } = 10;

    public int Runs { get; init; } = 7;

    public string? DatabasePath { get; init; }

    /// <summary>Serve the dataset already in --db (built by an earlier run with the same options) instead of building it again.</summary>
    public bool Reuse { get; init; }

    /// <summary>How often the paced GetReport runs (gzip, then identity) are repeated: p99 is reported as the median round's, with the range.</summary>
    public int Rounds { get; init; } = 5;

    public bool WriteResults { get; init; } = true;

    /// <summary>Run ANALYZE after loading (what the server never does): the prototype fix for the Compare plan.</summary>
    public bool Analyze { get; init; }

    /// <summary>Only print the query plans of an existing dataset (--explain --db PATH).</summary>
    public bool ExplainOnly { get; init; }

    public static NationalOptions Parse(IReadOnlyList<string> args)
    {
        var options = new NationalOptions();
        for (var i = 1; i < args.Count; i++)
        {
            string Next() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            options = args[i] switch
            {
                "--units" => options with { Units = Int(Next()) },
                "--indicators" => options with { Indicators = Int(Next()) },
                "--periods" => options with { Periods = Int(Next()) },
                "--clients" => options with { Clients = Int(Next()) },
                "--seconds" => options with { Seconds = double.Parse(Next(), CultureInfo.InvariantCulture) },
                "--runs" => options with { Runs = Int(Next()) },
                "--db" => options with { DatabasePath = Next() },
                "--reuse" => options with { Reuse = true },
                "--rounds" => options with { Rounds = Int(Next()) },
                "--no-write" => options with { WriteResults = false },
                "--explain" => options with { ExplainOnly = true },
                // A prototype, not the server as shipped: printed, not written to bench/results/national.md.
                "--analyze" => options with { Analyze = true, WriteResults = false },
                _ => throw new ArgumentException($"Unknown option '{args[i]}'."),
            };
        }
        if (options.Units < options.Provinces + options.Districts + options.Districts || options.Periods is < 1 or > 7 || options.Indicators < 1 || options.Rounds < 1)
        {
            throw new ArgumentException("Need units ≥ provinces + 2 × districts, 1 ≤ periods ≤ 7, indicators ≥ 1 and rounds ≥ 1.");
        }
        if (options.Reuse && (options.DatabasePath is not { } db || !File.Exists(db)))
        {
            throw new ArgumentException("--reuse needs --db PATH of a dataset an earlier run built.");
        }
        return options;
    }

    private static int Int(string text) => int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);
}
