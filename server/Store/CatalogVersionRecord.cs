namespace CchcGrpc.Server.Store;

/// <summary>A catalog version as stored: the file's content is kept so the version stays readable as it was.</summary>
public sealed record CatalogVersionRecord(string Version, string Etag, DateOnly EffectiveFrom, bool InUse);
