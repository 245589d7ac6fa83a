using CchcGrpc.Bench.National;

namespace CchcGrpc.Bench.Tui;

/// <summary>Bytes sent per keystroke of one kind (typing, row moves, paging): median, p95 (nearest rank), max.</summary>
internal sealed record KeystrokeCosts(IReadOnlyList<double> Bytes)
{
    public double Median => Stats.Median(Bytes);

    public double P95 => Stats.Percentile([.. Bytes.Order()], 0.95);

    public double Max => Bytes.Count == 0 ? double.NaN : Bytes.Max();

    public string Cell() => $"{Median:#,0} / {P95:#,0} / {Max:#,0}";
}
