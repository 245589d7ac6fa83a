namespace CchcGrpc.Bench.National;

/// <summary>One line of the results table; <paramref name="Target"/> null = recorded, no target.</summary>
internal sealed record NationalRow(string Metric, double Measured, string Unit, double? Target)
{
    public string MeasuredText => Format(Measured);

    public string TargetText => Target is { } t ? $"≤ {Format(t)} {Unit}" : "—";

    public string RatioText => Target is { } t ? (Measured / t).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture) : "—";

    public string Verdict => Target is { } t ? (Measured <= t ? "pass" : "FAIL") : "—";

    private static string Format(double x) => x.ToString(x >= 100 ? "0" : x >= 10 ? "0.0" : "0.00", System.Globalization.CultureInfo.InvariantCulture);
}
