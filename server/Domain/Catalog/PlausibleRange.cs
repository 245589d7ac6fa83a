namespace CchcGrpc.Server.Domain.Catalog;

/// <summary>Values outside this range are probably a slip (often a unit off by 1000), not a fact.</summary>
public sealed record PlausibleRange(decimal Min, decimal Max)
{
    public bool Contains(decimal value) => value >= Min && value <= Max;
}
