namespace CchcGrpc.Server.Store;

/// <summary>The catalog versions the database knows.</summary>
public interface ICatalogStore
{
    /// <summary>
    /// Records a version at start-up. A version already stored with another etag is accepted only
    /// while no report uses it; once used it is immutable and a changed file is refused.
    /// </summary>
    Task RegisterAsync(string version, string etag, DateOnly effectiveFrom, string content, CancellationToken cancellationToken);

    Task<IReadOnlyList<CatalogVersionRecord>> ListAsync(CancellationToken cancellationToken);

    Task<string?> GetContentAsync(string version, CancellationToken cancellationToken);
}
