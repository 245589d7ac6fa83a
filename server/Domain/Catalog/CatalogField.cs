namespace CchcGrpc.Server.Domain.Catalog;

/// <summary>A field as the catalog names it, with the section title each variant prints.</summary>
public sealed record CatalogField(Field Field, string Name, IReadOnlyDictionary<string, string> Titles);
