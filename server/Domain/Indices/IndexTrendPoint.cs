namespace CchcGrpc.Server.Domain.Indices;

/// <summary>A unit's index in one year, with the change from the year before it has (null for the first or after a gap).</summary>
public sealed record IndexTrendPoint(int Year, decimal? Total, int? Rank, int? PeerCount, decimal? TotalDelta, int? RankDelta);
