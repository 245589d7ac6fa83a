namespace CchcGrpc.Server.Domain.Indices;

/// <summary>Trend of a unit across years and comparison of units in a year, as the analytics do for indicators.</summary>
public static class IndexAnalytics
{
    /// <summary>Year by year; a delta only between consecutive years that both have the number.</summary>
    public static IReadOnlyList<IndexTrendPoint> Trend(IEnumerable<IndexResult> results)
    {
        var points = new List<IndexTrendPoint>();
        IndexResult? previous = null;
        foreach (var r in results.OrderBy(r => r.Year))
        {
            var consecutive = previous is not null && previous.Year == r.Year - 1;
            points.Add(new IndexTrendPoint(r.Year, r.Total, r.Rank, r.PeerCount,
                consecutive && r.Total is { } t && previous!.Total is { } pt ? t - pt : null,
                // A rank that falls in number is a rise: the delta is places gained.
                consecutive && r.Rank is { } k && previous!.Rank is { } pk ? pk - k : null));
            previous = r;
        }
        return points;
    }

    /// <summary>Highest total first; equal totals share a position; units without a total come last, unplaced.</summary>
    public static IReadOnlyList<IndexStanding> Compare(IEnumerable<IndexResult> results)
    {
        var withTotal = results.Where(r => r.Total is not null).OrderByDescending(r => r.Total).ThenBy(r => r.UnitCode, StringComparer.Ordinal).ToList();
        var standings = new List<IndexStanding>();
        for (var i = 0; i < withTotal.Count; i++)
        {
            var position = i > 0 && withTotal[i].Total == withTotal[i - 1].Total ? standings[i - 1].Position : i + 1;
            standings.Add(new IndexStanding(withTotal[i].UnitCode, withTotal[i].Total, position, withTotal[i].Rank, withTotal[i].PeerCount));
        }
        standings.AddRange(results.Where(r => r.Total is null).OrderBy(r => r.UnitCode, StringComparer.Ordinal)
            .Select(r => new IndexStanding(r.UnitCode, null, null, r.Rank, r.PeerCount)));
        return standings;
    }
}
