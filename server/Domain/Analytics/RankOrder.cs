namespace CchcGrpc.Server.Domain.Analytics;

public enum RankOrder
{
    /// <summary>Larger is better: rank 1 holds the largest value (dossiers resolved on time, PAR INDEX score).</summary>
    Descending = 0,

    /// <summary>Smaller is better: rank 1 holds the smallest value (late dossiers, dossiers returned).</summary>
    Ascending = 1,
}
