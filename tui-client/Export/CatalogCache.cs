using Cchc.V1;
using CchcGrpc.Client.Connection;
using Google.Protobuf;

namespace CchcGrpc.Client.Export;

/// <summary>
/// The current catalog, kept in the config directory and revalidated by etag: the server answers
/// not_modified (and no indicators) when the cached copy is still current.
/// </summary>
public sealed class CatalogCache(string configDirectory)
{
    public string FilePath { get; } = Path.Combine(configDirectory, "catalog-current.pb");

    public async Task<GetCatalogResponse> GetAsync(ServerSession session, CancellationToken cancellationToken)
    {
        var cached = Load();
        var response = await session.Catalog.GetCatalogAsync(
            new GetCatalogRequest { IfNoneMatch = cached?.Etag ?? "" }, cancellationToken: cancellationToken).ResponseAsync.ConfigureAwait(false);
        if (response.NotModified && cached is not null)
            return cached;
        try
        {
            Directory.CreateDirectory(configDirectory);
            await File.WriteAllBytesAsync(FilePath, response.ToByteArray(), cancellationToken).ConfigureAwait(false);
        }
        catch (IOException)
        {
            // A cache that cannot be written only costs the next call a full download.
        }
        return response;
    }

    private GetCatalogResponse? Load()
    {
        try
        {
            return File.Exists(FilePath) ? GetCatalogResponse.Parser.ParseFrom(File.ReadAllBytes(FilePath)) : null;
        }
        catch (Exception e) when (e is IOException or InvalidProtocolBufferException)
        {
            return null;
        }
    }
}
