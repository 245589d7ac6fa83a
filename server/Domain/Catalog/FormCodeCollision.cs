namespace CchcGrpc.Server.Domain.Catalog;

/// <summary>
/// A code a form prints on more than one row: an importer cannot map those rows by code alone and
/// must use the row's wording or its heading. Found at load; the seeds have real ones.
/// </summary>
/// <param name="Section">The field whose Biểu repeats it, for variants whose codes restart per field.</param>
public sealed record FormCodeCollision(string Variant, Field? Section, string PrintedCode, IReadOnlyList<string> IndicatorIds);
