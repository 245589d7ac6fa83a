using System.Collections;

namespace CchcGrpc.Wire;

/// <summary>Ordered gRPC metadata (request headers, response headers or trailers). Keys may repeat.</summary>
public sealed class Metadata : IEnumerable<MetadataEntry>
{
    private readonly List<MetadataEntry> _entries = [];

    public int Count => _entries.Count;

    public Metadata Add(string key, string value)
    {
        _entries.Add(new MetadataEntry(key, value));
        return this;
    }

    public Metadata Add(string key, byte[] value)
    {
        _entries.Add(new MetadataEntry(key, value));
        return this;
    }

    public Metadata Add(MetadataEntry entry)
    {
        _entries.Add(entry);
        return this;
    }

    /// <summary>The first entry under a key, or null.</summary>
    public MetadataEntry? Get(string key)
    {
        var normalized = key.ToLowerInvariant();
        return _entries.Find(e => e.Key == normalized);
    }

    public string? GetValue(string key) => Get(key) is { IsBinary: false } e ? e.Value : null;

    public IEnumerable<MetadataEntry> GetAll(string key)
    {
        var normalized = key.ToLowerInvariant();
        return _entries.Where(e => e.Key == normalized);
    }

    public IEnumerator<MetadataEntry> GetEnumerator() => _entries.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
