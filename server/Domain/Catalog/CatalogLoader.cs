using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CchcGrpc.Server.Domain.Catalog;

/// <summary>
/// Loads an indicator catalog. The data files live in server/Catalog and are embedded in the server
/// assembly, so a running server always has the catalog it was built with.
/// </summary>
public static class CatalogLoader
{
    public const string CurrentVersion = "2022.1";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        // A misspelt key in the data file must fail the load, not be ignored.
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = false,
    };

    private static readonly Lazy<IndicatorCatalog> Embedded = new(() => LoadEmbedded(CurrentVersion));

    /// <summary>The catalog this build ships with, loaded once.</summary>
    public static IndicatorCatalog Current => Embedded.Value;

    public static IndicatorCatalog LoadEmbedded(string version)
    {
        var name = $"CchcGrpc.Catalog.catalog-{version}.json";
        using var stream = typeof(CatalogLoader).Assembly.GetManifestResourceStream(name)
            ?? throw new FileNotFoundException($"Catalog {version} is not embedded (resource {name})");
        return Load(stream);
    }

    public static IndicatorCatalog Load(Stream json)
    {
        using var buffer = new MemoryStream();
        json.CopyTo(buffer);
        return Parse(buffer.ToArray());
    }

    /// <exception cref="CatalogFormatException">The file is not a consistent catalog.</exception>
    public static IndicatorCatalog Parse(ReadOnlySpan<byte> utf8Json)
    {
        CatalogDocument document;
        try
        {
            document = JsonSerializer.Deserialize<CatalogDocument>(utf8Json, Json)
                ?? throw new CatalogFormatException(["the file is empty"]);
        }
        catch (JsonException ex)
        {
            throw new CatalogFormatException([ex.Message]);
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(utf8Json));
        return new CatalogBuilder(document).Build(hash);
    }
}
