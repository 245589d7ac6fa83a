namespace CchcGrpc.Client.Tui.Offline;

/// <summary>Where a catalog came from on one call of <see cref="CatalogStore.GetAsync"/>.</summary>
public enum CatalogSource
{
    /// <summary>The server sent the whole catalog (none on disk, or the cached one was out of date).</summary>
    Downloaded,

    /// <summary>The server answered not_modified to the cached etag: a few bytes on the wire.</summary>
    NotModified,

    /// <summary>The server could not be reached; the copy on disk is used as it is.</summary>
    OfflineCopy,
}
