namespace CchcGrpc.Server.Domain.Indices;

/// <summary>A unit's place when units are compared on an index for a year.</summary>
/// <param name="Position">1 = highest total; ties share a position; null when the unit has no total.</param>
public sealed record IndexStanding(string UnitCode, decimal? Total, int? Position, int? PublishedRank, int? PublishedPeers);
