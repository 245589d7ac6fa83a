namespace CchcGrpc.Server.Store;

/// <summary>The catalog versions the database knows.</summary>
public interface ICatalogStore
{
    /// <summary>
    /// Records a version at start-up. A version already stored with another etag is accepted only
    /// while no report uses it; once used it is immutable and a changed file is refused.
    /// </summary>
    Task RegisterAsync(string version, string etag, DateOnly effectiveFrom, string content, CancellationToken cancellationToken);

    /// <summary>
    /// Gives every indicator id its small integer key up front, committed, so writes of values
    /// never add keys inside their own transactions (where a rollback would take the key back).
    /// </summary>
    Task RegisterIndicatorsAsync(IEnumerable<string> indicatorIds, CancellationToken cancellationToken);

    Task<IReadOnlyList<CatalogVersionRecord>> ListAsync(CancellationToken cancellationToken);

    Task<string?> GetContentAsync(string version, CancellationToken cancellationToken);
}
