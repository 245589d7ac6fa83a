using Cchc.V1;

namespace CchcGrpc.Client.Tui.Offline;

/// <summary>A catalog version as the client holds it, and where it came from this time.</summary>
/// <param name="Catalog">The catalog (version, etag, indicators, rules).</param>
/// <param name="Source">Downloaded, confirmed current by etag, or from disk without the server.</param>
public sealed record CachedCatalog(GetCatalogResponse Catalog, CatalogSource Source);
