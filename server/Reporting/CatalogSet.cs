using CchcGrpc.Server.Domain.Catalog;

namespace CchcGrpc.Server.Reporting;

/// <summary>The catalog versions this server can serve, the newest being the one new reports use.</summary>
public sealed class CatalogSet
{
    private readonly Dictionary<string, IndicatorCatalog> _versions;

    public CatalogSet(IEnumerable<IndicatorCatalog> catalogs)
    {
        _versions = catalogs.ToDictionary(c => c.Version, StringComparer.Ordinal);
        Current = _versions.Values.MaxBy(c => c.Version, StringComparer.Ordinal)
            ?? throw new ArgumentException("At least one catalog is needed.", nameof(catalogs));
    }

    /// <summary>The version new reports are created with.</summary>
    public IndicatorCatalog Current { get; }

    public IReadOnlyCollection<IndicatorCatalog> All => _versions.Values;

    public IndicatorCatalog? Find(string version) => _versions.GetValueOrDefault(version);

    /// <summary>The catalog a stored report was written with (falls back to the current one for unknown versions).</summary>
    public IndicatorCatalog For(string version) => _versions.GetValueOrDefault(version) ?? Current;
}
