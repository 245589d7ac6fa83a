namespace CchcGrpc.Server.Domain.Analytics;

/// <summary>A unit's place among its peers. <paramref name="Tied"/> when another unit has the same value, hence the same rank.</summary>
public sealed record RankedUnit(string UnitCode, decimal Value, int Rank, bool Tied);
