using Cchc.V1;
using Google.Protobuf;
using Grpc.Core;

namespace CchcGrpc.Client.Tui.Offline;

/// <summary>
/// Catalog versions kept on disk by version and etag (<c>catalog/{version}.pb</c>, plus
/// <c>catalog/current</c> naming the current version), revalidated with if_none_match so an unchanged
/// catalog costs a not_modified answer, and used as they are when the server cannot be reached. A version
/// is immutable once in use (catalog.proto), so a cached version is never wrong, only possibly not current.
/// </summary>
public sealed class CatalogStore(string configDirectory)
{
    const string CurrentPointer = "current";

    /// <summary>The folder the versions are kept in.</summary>
    public string Folder { get; } = Path.Combine(configDirectory, "catalog");

    /// <summary>The catalog version (empty: the current one), from the server or from disk.</summary>
    public async Task<CachedCatalog> GetAsync(Catalog.CatalogClient client, string version, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        string? cachedVersion = version.Length > 0 ? version : ReadPointer();
        GetCatalogResponse? cached = cachedVersion is null ? null : Load(cachedVersion);
        GetCatalogResponse response;
        try
        {
            response = await client.GetCatalogAsync(new GetCatalogRequest { Version = version, IfNoneMatch = cached?.Etag ?? "" },
                cancellationToken: cancellationToken).ResponseAsync.ConfigureAwait(false);
        }
        catch (RpcException error) when (cached is not null && ConnectionStatus.IsLinkFailure(error))
        {
            return new CachedCatalog(cached, CatalogSource.OfflineCopy);
        }
        if (response.NotModified && cached is not null)
        {
            return new CachedCatalog(cached, CatalogSource.NotModified);
        }
        Save(response, current: version.Length == 0);
        return new CachedCatalog(response, CatalogSource.Downloaded);
    }

    /// <summary>A version from disk only (null when not cached or unreadable).</summary>
    public GetCatalogResponse? Load(string version)
    {
        string path = PathOf(version);
        try
        {
            return File.Exists(path) ? GetCatalogResponse.Parser.ParseFrom(File.ReadAllBytes(path)) : null;
        }
        catch (Exception error) when (error is IOException or InvalidProtocolBufferException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    void Save(GetCatalogResponse catalog, bool current)
    {
        try
        {
            AtomicFile.Write(PathOf(catalog.Version), catalog.ToByteArray());
            if (current)
            {
                AtomicFile.Write(Path.Combine(Folder, CurrentPointer), System.Text.Encoding.UTF8.GetBytes(catalog.Version));
            }
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            // A cache that cannot be written only costs the next start a full download.
        }
    }

    string? ReadPointer()
    {
        string path = Path.Combine(Folder, CurrentPointer);
        try
        {
            return File.Exists(path) ? File.ReadAllText(path).Trim() : null;
        }
        catch (IOException)
        {
            return null;
        }
    }

    // Versions are short ("2022.1"); anything else that could leave the folder is replaced.
    string PathOf(string version) =>
        Path.Combine(Folder, string.Concat(version.Select(c => char.IsLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '_')) + ".pb");
}
